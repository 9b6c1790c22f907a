package vn.twotier.merger.register.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.twotier.merger.register.ProvinceCounts;

/** One register import: its progress while it runs, and what it changed per province when it is done. */
@Document("register_import_jobs")
public class RegisterImportJob {

    public enum Status { RUNNING, COMPLETED, FAILED }

    @Id
    private String id;
    private String fileName;
    private ImportScope scope;
    private String contentSha256;
    private Status status;
    private int rowsTotal;
    private int rowsDone;
    private int unitsRegistered;
    private int unitsRetired;
    private int unitsUnchanged;
    private List<ProvinceCounts> provinces = new ArrayList<>();
    private String importedBy;
    private Instant startedAt;
    private @Nullable Instant finishedAt;
    private @Nullable Long durationMs;
    private @Nullable String failure;

    protected RegisterImportJob() {
    }

    static RegisterImportJob start(String id, String fileName, ImportScope scope, String sha256, int rows,
            String importedBy, Instant now) {
        RegisterImportJob job = new RegisterImportJob();
        job.id = id;
        job.fileName = fileName;
        job.scope = scope;
        job.contentSha256 = sha256;
        job.status = Status.RUNNING;
        job.rowsTotal = rows;
        job.importedBy = importedBy;
        job.startedAt = now;
        return job;
    }

    void completed(List<ProvinceCounts> counts, Instant now) {
        provinces = new ArrayList<>(counts);
        unitsRegistered = counts.stream().mapToInt(ProvinceCounts::registered).sum();
        unitsRetired = counts.stream().mapToInt(ProvinceCounts::retired).sum();
        unitsUnchanged = counts.stream().mapToInt(ProvinceCounts::unchanged).sum();
        rowsDone = rowsTotal;
        finish(Status.COMPLETED, now);
    }

    void failed(String reason, Instant now) {
        failure = reason;
        finish(Status.FAILED, now);
    }

    private void finish(Status outcome, Instant now) {
        status = outcome;
        finishedAt = now;
        durationMs = Duration.between(startedAt, now).toMillis();
    }

    public String getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportScope getScope() {
        return scope;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public Status getStatus() {
        return status;
    }

    public int getRowsTotal() {
        return rowsTotal;
    }

    public int getRowsDone() {
        return rowsDone;
    }

    public int getUnitsRegistered() {
        return unitsRegistered;
    }

    public int getUnitsRetired() {
        return unitsRetired;
    }

    public int getUnitsUnchanged() {
        return unitsUnchanged;
    }

    public List<ProvinceCounts> getProvinces() {
        return List.copyOf(provinces);
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable Instant getFinishedAt() {
        return finishedAt;
    }

    public @Nullable Long getDurationMs() {
        return durationMs;
    }

    public @Nullable String getFailure() {
        return failure;
    }
}
