package org.bridgework.ui.team;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bridgework.model.team.Sharing;
import org.bridgework.problems.SaveProblemTexts;
import org.bridgework.store.Collaboration;
import org.bridgework.store.NotPermittedException;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.TaskRunner;

/**
 * The Share window's state: who owns the relationship, who may change it and whether the whole team may read it,
 * read on the store thread; only the owner may change it ({@link #mayChangeProperty()}), and saving checks first
 * that every name is a login the server knows, then writes it with {@code TeamPermissions.share}.
 */
public final class SharingViewModel {
    private final TaskRunner store;
    private final Supplier<Optional<Collaboration>> collaboration;
    private final long relationshipId;
    private final ReadOnlyStringWrapper owner = new ReadOnlyStringWrapper(this, "owner", "");
    private final ReadOnlyStringWrapper me = new ReadOnlyStringWrapper(this, "me", "");
    private final ObservableList<String> editors = FXCollections.observableArrayList();
    private final BooleanProperty teamReads = new SimpleBooleanProperty(this, "teamReads");
    private final ReadOnlyBooleanWrapper mayChange = new ReadOnlyBooleanWrapper(this, "mayChange");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public SharingViewModel(TaskRunner store, Supplier<Optional<Collaboration>> collaboration, long relationshipId) {
        this.store = store;
        this.collaboration = collaboration;
        this.relationshipId = relationshipId;
    }

    public void load() {
        Optional<Collaboration> team = collaboration.get();
        if (team.isEmpty()) {
            return;
        }
        busy.set(true);
        status.set(Texts.get("share.reading"));
        store.run(() -> new Read(team.get().permissions().me(), team.get().permissions().of(relationshipId)), read -> {
            busy.set(false);
            status.set("");
            me.set(read.me());
            if (read.sharing().isEmpty()) {
                problem.set(Texts.get("share.gone"));
                return;
            }
            Sharing sharing = read.sharing().get();
            owner.set(sharing.owner());
            editors.setAll(sharing.editors());
            teamReads.set(sharing.teamReads());
            mayChange.set(sharing.owner().equals(read.me()));
        }, error -> {
            busy.set(false);
            status.set("");
            problem.set(Texts.get("share.readFailed", SaveProblemTexts.reason(error)));
        });
    }

    /** Adds a colleague by login name; false, with the reason in {@link #problemProperty()}, if it cannot. */
    public boolean add(String typed) {
        String login = typed == null ? "" : typed.strip();
        if (login.isEmpty()) {
            problem.set(Texts.get("share.loginBlank"));
        } else if (login.equals(owner.get())) {
            problem.set(Texts.get("share.loginOwner", login));
        } else if (editors.contains(login)) {
            problem.set(Texts.get("share.loginTwice", login));
        } else {
            problem.set("");
            editors.add(login);
            return true;
        }
        return false;
    }

    public void remove(String login) {
        editors.remove(login);
        problem.set("");
    }

    /** Checks the names and saves; {@code saved} runs on the JavaFX thread once the server has it. */
    public void save(Runnable saved) {
        Optional<Collaboration> team = collaboration.get();
        if (team.isEmpty() || !mayChange.get() || busy.get()) {
            return;
        }
        Sharing wanted = new Sharing(owner.get(), List.copyOf(editors), teamReads.get());
        busy.set(true);
        problem.set("");
        status.set(Texts.get("share.saving"));
        store.run(() -> {
            List<String> unknown = team.get().colleagues().unknown(wanted.editors());
            if (unknown.isEmpty()) {
                team.get().permissions().share(relationshipId, wanted);
            }
            return unknown;
        }, unknown -> {
            busy.set(false);
            status.set("");
            if (unknown.isEmpty()) {
                saved.run();
            } else {
                problem.set(Texts.get("share.unknown", unknown.size(), String.join(", ", unknown)));
            }
        }, error -> {
            busy.set(false);
            status.set("");
            problem.set(error instanceof NotPermittedException ? Texts.get("share.notPermitted")
                    : Texts.get("share.saveFailed", SaveProblemTexts.reason(error)));
        });
    }

    public ReadOnlyStringProperty ownerProperty() {
        return owner.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty meProperty() {
        return me.getReadOnlyProperty();
    }

    public ObservableList<String> editors() {
        return editors;
    }

    public BooleanProperty teamReadsProperty() {
        return teamReads;
    }

    /** Whether this login owns the relationship, and so may change who may see it. */
    public ReadOnlyBooleanProperty mayChangeProperty() {
        return mayChange.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What is wrong, in plain words (blank when nothing is). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private record Read(String me, Optional<Sharing> sharing) {
    }
}
