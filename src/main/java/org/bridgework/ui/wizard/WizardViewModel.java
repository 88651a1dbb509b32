package org.bridgework.ui.wizard;

import java.time.Duration;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.store.RepairCaseRepository;
import org.bridgework.store.Workbook;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.AutoSave;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.common.WorkbookUser;
import org.bridgework.ui.portfolio.RelationshipItem;

/** The repair of the selected relationship: loaded off the JavaFX thread, every edit saved as typed. */
public final class WizardViewModel implements WorkbookUser {
    // ---- Properties
    private final ReadOnlyObjectWrapper<RepairCase> repair = new ReadOnlyObjectWrapper<>(this, "repair");

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final AutoSave<Long, RepairCase> autoSave;
    private volatile RepairCaseRepository repository;
    private RelationshipItem relationship;

    public WizardViewModel(TaskRunner runner, DialogService dialogs, Duration saveDelay) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.autoSave = new AutoSave<>(runner, saveDelay, snapshot -> repository.save(snapshot));
    }

    // ---- Commands

    @Override
    public void load(Workbook workbook) {
        repository = workbook.repairCases();
        relationship = null;
        repair.set(null);
    }

    @Override
    public boolean flush(Duration timeout) {
        return autoSave.flushNow(timeout);
    }

    /** Shows the repair of {@code item} (null: none), resuming at the step where the manager left it. */
    public void show(RelationshipItem item) {
        relationship = item;
        repair.set(null);
        if (item == null || repository == null) {
            return;
        }
        RepairCaseRepository source = repository;
        long id = item.id();
        runner.run(() -> source.load(id), loaded -> {
            if (relationship == item) {
                repair.set(loaded);
            }
        }, error -> dialogs.showError(Texts.get("error.store.title"), Texts.get("error.store.message"),
                String.valueOf(error.getMessage())));
    }

    /** Applies an edit to the repair and saves it after the typing pause. */
    public void update(UnaryOperator<RepairCase> edit) {
        RepairCase current = repair.get();
        if (current == null) {
            return;
        }
        RepairCase edited = edit.apply(current);
        repair.set(edited);
        autoSave.changed(edited.relationshipId(), edited);
        if (relationship != null && relationship.id() == edited.relationshipId()) {
            relationship.currentStepProperty().set(edited.currentStep());
        }
    }

    public void goTo(RepairStep step) {
        if (repair.get() != null && repair.get().currentStep() != step) {
            update(current -> current.withCurrentStep(step));
        }
    }

    public void next() {
        if (repair.get() != null) {
            repair.get().currentStep().next().ifPresent(this::goTo);
        }
    }

    public void previous() {
        if (repair.get() != null) {
            repair.get().currentStep().previous().ifPresent(this::goTo);
        }
    }

    // ---- Read access

    /** The repair shown; null while none is (no selection, or still loading). */
    public ReadOnlyObjectProperty<RepairCase> repairProperty() {
        return repair.getReadOnlyProperty();
    }

    public AutoSave<Long, RepairCase> autoSave() {
        return autoSave;
    }
}
