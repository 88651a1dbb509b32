package org.bridgework.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.bridgework.model.Relationship;
import org.bridgework.model.WholeRelationship;
import org.bridgework.store.StoreException;
import org.bridgework.store.TeamAddress;
import org.bridgework.store.WorkbookException;
import org.bridgework.store.WorkbookStore;
import org.bridgework.text.Texts;

/**
 * File → Publish to a team workbook…: copies chosen relationships of a workbook file to a team workbook, through
 * the export format, so exactly what an export and an import would carry arrives, checked as an import checks a
 * file. All or nothing: the relationships are written in one transaction on the server; a failure, or the user
 * cancelling, leaves the team workbook as it was. A name already used there is handled as an import handles it
 * ("NAME (imported)"). Two halves, on two threads: {@link #export} where the local workbook is used (the store
 * thread), {@link #publish} anywhere else, so the window's saves never wait for the server.
 */
public final class TeamPublish {
    /** Told how far the work has got; {@link #cancelled()} is asked between relationships. */
    public interface Progress {
        void exported(int done, int total);

        void written(int done, int total);

        boolean cancelled();
    }

    private TeamPublish() {
    }

    /** The relationships with these ids (those still in the workbook), by name, as an export file's bytes. */
    public static byte[] export(WorkbookStore local, Set<Long> ids, String appVersion, Progress progress)
            throws IOException {
        List<Relationship> chosen = local.relationships().findAll().stream().filter(r -> ids.contains(r.id())).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ExportWriter writer = new ExportWriter(bytes, appVersion)) {
            for (int i = 0; i < chosen.size(); i++) {
                stopIfCancelled(progress);
                Relationship relationship = chosen.get(i);
                writer.write(new WholeRelationship(relationship, local.repairCases().load(relationship.id()),
                        local.milestones().load(relationship.id())));
                progress.exported(i + 1, chosen.size());
            }
        }
        return bytes.toByteArray();
    }

    /**
     * Reads {@code export} back as an import would, opens the team workbook at {@code address} and adds all of it in
     * one transaction; the team workbook is closed again afterwards.
     *
     * @param password null to take it from PGPASSWORD or ~/.pgpass
     * @throws CancellationException if the user cancelled: nothing was written
     */
    public static ImportResult publish(byte[] export, TeamAddress address, char[] password, Clock clock,
                                       Progress progress) throws ExchangeException, WorkbookException {
        Path label = Path.of(address.displayName());
        ExportReader.Contents contents = ExportReader.read(label, new ByteArrayInputStream(export), export.length);
        int total = contents.relationships().size();
        stopIfCancelled(progress);
        try (WorkbookStore team = WorkbookStore.openTeam(address, password, clock)) {
            List<Relationship> stored = team.importRelationships(contents.relationships(), WorkbookImport.VARIANTS,
                    done -> {
                        stopIfCancelled(progress);
                        progress.written(done, total);
                    });
            return new ImportResult(label, stored, WorkbookImport.renames(contents, stored));
        } catch (StoreException e) {
            throw new ExchangeException(label, Texts.get("exchange.reason.storeFailed", String.valueOf(e.getMessage())), e);
        }
    }

    private static void stopIfCancelled(Progress progress) {
        if (progress.cancelled()) {
            throw new CancellationException("publishing was cancelled");
        }
    }
}
