package vn.twotier.merger.register.importing;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.twotier.merger.register.RegisterProperties;
import vn.twotier.merger.register.RegisterWriter;
import vn.twotier.merger.register.mapping.MappingFileReader;
import vn.twotier.merger.register.mapping.MappingLink;
import vn.twotier.merger.register.mapping.MappingParser;
import vn.twotier.support.correlation.CorrelationContext;
import vn.twotier.support.web.NotFoundException;

/** Imports a mapping file into the register: validate everything first, then write province by province. */
@Service
public class RegisterImportService {

    private static final Logger log = LoggerFactory.getLogger(RegisterImportService.class);

    private final MappingFileReader reader;
    private final MappingParser parser;
    private final RegisterWriter writer;
    private final RegisterProperties properties;
    private final MongoTemplate mongo;
    private final Clock clock;
    /** One import at a time in the background: imports of overlapping files must not interleave. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "register-import");
        thread.setDaemon(true);
        return thread;
    });

    public RegisterImportService(MappingFileReader reader, MappingParser parser, RegisterWriter writer,
            RegisterProperties properties, MongoTemplate mongo, Clock clock) {
        this.reader = reader;
        this.parser = parser;
        this.writer = writer;
        this.properties = properties;
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Checks the whole file (a bad file is refused with 422 before anything is stored), then writes it: to the end
     * before returning, or in the background when {@code async}, the job showing rows done meanwhile.
     */
    public RegisterImportJob importFile(byte[] content, String fileName, ImportScope scope, String actor,
            boolean async) {
        long started = System.nanoTime();
        List<MappingLink> links = parser.parse(reader.read(content, fileName));
        RegisterPlanner.Plan plan = RegisterPlanner.plan(links, scope, properties.preReformValidFrom(),
                properties.reformDate());
        RegisterImportJob job = RegisterImportJob.start(UUID.randomUUID().toString(), fileName, scope,
                DigestUtils.sha256Hex(content), links.size(), actor, clock.instant());
        mongo.insert(job);
        long checkedMs = (System.nanoTime() - started) / 1_000_000;
        if (!async) {
            return write(job, links, plan, checkedMs);
        }
        CorrelationContext.Ids ids = CorrelationContext.current();
        background.execute(() -> CorrelationContext.runWith(ids, () -> {
            try {
                write(job, links, plan, checkedMs);
            } catch (RuntimeException e) {
                log.error("Register import {} failed", job.getId(), e);
            }
        }));
        return job;
    }

    private RegisterImportJob write(RegisterImportJob job, List<MappingLink> links, RegisterPlanner.Plan plan,
            long checkedMs) {
        long started = System.nanoTime();
        Map<String, Integer> rowsPerProvince = new HashMap<>();
        links.forEach(link -> rowsPerProvince.merge(link.provinceCode(), 1, Integer::sum));
        try {
            var counts = writer.write(plan.states(), plan.provinceNames(),
                    new RegisterWriter.Source(job.getId(), "import", job.getFileName(), job.getImportedBy()),
                    province -> mongo.updateFirst(Query.query(Criteria.where("_id").is(job.getId())),
                            new Update().inc("rowsDone", rowsPerProvince.getOrDefault(province.provinceCode(), 0)),
                            RegisterImportJob.class));
            job.completed(counts, clock.instant());
            mongo.save(job);
            log.info("Register import {} of {} ({} rows, {}): {} registered, {} retired, {} unchanged; "
                    + "read and checked in {} ms, written in {} ms", job.getId(), job.getFileName(), links.size(),
                    job.getScope(), job.getUnitsRegistered(), job.getUnitsRetired(), job.getUnitsUnchanged(),
                    checkedMs, (System.nanoTime() - started) / 1_000_000);
            return job;
        } catch (RuntimeException e) {
            job.failed(e.getMessage(), clock.instant());
            mongo.save(job);
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        background.shutdown();
    }

    public RegisterImportJob job(String id) {
        RegisterImportJob job = mongo.findById(id, RegisterImportJob.class);
        if (job == null) {
            throw new NotFoundException("import", "No register import " + id + ".");
        }
        return job;
    }

    public List<RegisterImportJob> recentJobs(int limit) {
        return mongo.find(new Query().with(org.springframework.data.domain.Sort.by("startedAt").descending())
                .limit(limit), RegisterImportJob.class);
    }
}
