package vn.twotier.staffing.secondment.request;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.twotier.support.outbox.AggregateWriter;
import vn.twotier.support.web.ConflictException;
import vn.twotier.support.web.NotFoundException;

/** Reads and versioned writes of secondment requests. */
@Component
public class SecondmentRequestStore {

    private final MongoTemplate mongo;
    private final AggregateWriter writes;

    public SecondmentRequestStore(MongoTemplate mongo, AggregateWriter writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    public SecondmentRequest get(String id) {
        SecondmentRequest request = mongo.findById(id, SecondmentRequest.class);
        if (request == null) {
            throw new NotFoundException("secondment-request", "Không có đề nghị " + id + ". / No request " + id
                    + ".");
        }
        return request;
    }

    public Optional<SecondmentRequest> find(String id) {
        return Optional.ofNullable(mongo.findById(id, SecondmentRequest.class));
    }

    public List<SecondmentRequest> search(@Nullable String campaignId, @Nullable String personId,
            @Nullable RequestStatus status, @Nullable String provinceCode) {
        Criteria criteria = new Criteria();
        if (campaignId != null) {
            criteria = criteria.and("campaignId").is(campaignId);
        }
        if (personId != null) {
            criteria = criteria.and("personId").is(personId);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (provinceCode != null) {
            criteria = criteria.and("provinceCode").is(provinceCode);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("createdAt", "_id")), SecondmentRequest.class);
    }

    public List<SecondmentRequest> holdingPeriodsOf(String personId) {
        return mongo.find(Query.query(Criteria.where("personId").is(personId).and("status")
                .in(RequestStatus.HOLDING)), SecondmentRequest.class);
    }

    /** Requests appraised or approved for a receiving unit and not started yet: they will fill part of its gap. */
    public List<SecondmentRequest> pendingFor(String receivingUnitCode) {
        return mongo.find(Query.query(Criteria.where("receivingUnitCode").is(receivingUnitCode).and("status")
                .in(RequestStatus.APPRAISED, RequestStatus.APPROVED)), SecondmentRequest.class);
    }

    public List<SecondmentRequest> started() {
        return mongo.find(Query.query(Criteria.where("status").is(RequestStatus.STARTED)), SecondmentRequest.class);
    }

    public SecondmentRequest insert(SecondmentRequest request) {
        return writes.insert(request);
    }

    /** Writes the change under the version read; a concurrent change in between is a 409. */
    public SecondmentRequest save(SecondmentRequest request) {
        return writes.update(request);
    }

    public static void checkVersion(SecondmentRequest request, @Nullable Long expected) {
        if (expected != null && !expected.equals(request.getVersion())) {
            throw new ConflictException("stale-version", "Phiên bản " + expected + " đã cũ, hiện là "
                    + request.getVersion() + ". / Version " + expected + " is stale; the request is at version "
                    + request.getVersion() + ".").with("currentVersion", request.getVersion());
        }
    }
}
