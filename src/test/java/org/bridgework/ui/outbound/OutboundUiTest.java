package org.bridgework.ui.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bridgework.ui.Keyboard;
import org.bridgework.ui.Fx;
import biweekly.Biweekly;
import biweekly.ICalendar;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.bridgework.ui.MainWindowHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's side: Ctrl+M shows the brief; the calendar and e-mail drafts are written where the answers say. */
@ExtendWith(ApplicationExtension.class)
class OutboundUiTest {
    private MainWindowHarness harness;
    private final List<String> asked = new ArrayList<>();
    private final List<Path> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness().withExample();
        harness.start(stage);
    }

    @BeforeEach
    void loaded(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        Fx.run(() -> MainWindowHarness.portfolio(robot).getSelectionModel().select(0));
        Fx.settle();
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void ctrlMOpensTheBriefOfTheSelectedRelationshipAndEscClosesIt(FxRobot robot) throws Exception {
        Keyboard.push(KeyCode.CONTROL, KeyCode.M);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> brief(robot).isPresent());
        Stage brief = (Stage) brief(robot).orElseThrow();
        assertEquals("Meeting brief \u2013 Alder & Finch Home", brief.getTitle());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.from(brief.getScene().getRoot()).lookup(".image-view").queryAll().isEmpty());
        ImageView page = robot.from(brief.getScene().getRoot()).lookup(".image-view").queryAs(ImageView.class);
        assertTrue(page.getImage().getHeight() > page.getImage().getWidth(), "one upright page");
        Fx.run(brief::requestFocus);
        Keyboard.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> brief(robot).isEmpty());
    }

    @Test
    void theCalendarOfTheSelectedRelationshipIsWrittenWhereChosen(FxRobot robot) throws Exception {
        Path target = harness.folder.resolve("calendar.ics");
        OutboundViewModel outbound = harness.main().outbound();
        Fx.run(() -> {
            outbound.answerWith(answers(new CalendarChoice(true, true), target, ""), eml -> false);
            outbound.exportCalendar();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(target));
        ICalendar calendar = Biweekly.parse(Files.readString(target)).first();
        assertTrue(calendar.getEvents().size() >= 5, "the example's dated commitments: " + calendar.getEvents().size());
        assertTrue(outbound.statusProperty().get().startsWith("Wrote " + calendar.getEvents().size()),
                outbound.statusProperty().get());
        assertFalse(Files.readString(target).contains("A fictional example"), "shareable: no notes");
    }

    @Test
    void aDraftGoesToTheMailProgramAndWithoutOneIsSavedWhereChosen(FxRobot robot) throws Exception {
        OutboundViewModel outbound = harness.main().outbound();
        Fx.run(() -> {
            outbound.answerWith(answers(null, null, "not an address"), eml -> opened.add(eml));
            outbound.draft(org.bridgework.plan.mail.MailKind.PROGRESS);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.size() == 1);
        assertEquals(List.of("", "That is not an e-mail address."), asked.stream()
                .map(p -> p.isEmpty() ? "" : p.substring(0, p.indexOf('.') + 1)).toList(), "asked again, saying why");
        Message draft = parse(opened.get(0));
        assertEquals("nadia@alder-finch.example", ((Mailbox) draft.getTo().get(0)).getAddress());
        assertEquals("1", draft.getHeader().getField("X-Unsent").getBody());

        Path saved = harness.folder.resolve("check-in.eml");
        Fx.run(() -> {
            outbound.answerWith(answers(null, saved, ""), eml -> false);
            outbound.draft(org.bridgework.plan.mail.MailKind.CHECK_IN);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(saved));
        assertTrue(parse(saved).getSubject().startsWith("A check-in between"));
        assertTrue(outbound.statusProperty().get().startsWith("Saved the draft to"), outbound.statusProperty().get());
    }

    /** Answers as a user would: the calendar choice, the target, and an address (a wrong one first if given). */
    private OutboundDialogs answers(CalendarChoice choice, Path target, String wrongFirst) {
        return new OutboundDialogs() {
            @Override
            public Optional<CalendarChoice> chooseCalendar(String selectedName) {
                return Optional.of(choice);
            }

            @Override
            public Optional<Path> chooseTarget(String title, Path folder, String suggestedName, String filterLabel,
                                               String extension) {
                return Optional.ofNullable(target);
            }

            @Override
            public Optional<String> askRecipients(String relationshipName, String suggested, String problem) {
                asked.add(problem);
                return Optional.of(asked.size() == 1 && !wrongFirst.isEmpty() ? wrongFirst
                        : "Nadia Brook <nadia@alder-finch.example>");
            }
        };
    }

    private static Optional<Window> brief(FxRobot robot) {
        return robot.listWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && String.valueOf(s.getTitle()).startsWith("Meeting brief")).findFirst();
    }

    private static Message parse(Path eml) throws Exception {
        return new DefaultMessageBuilder().parseMessage(new ByteArrayInputStream(Files.readAllBytes(eml)));
    }
}
