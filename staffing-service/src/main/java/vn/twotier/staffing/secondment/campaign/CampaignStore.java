package vn.twotier.staffing.secondment.campaign;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.twotier.support.outbox.AggregateWriter;
import vn.twotier.support.web.NotFoundException;

/** Reads and versioned writes of campaigns. */
@Component
public class CampaignStore {

    private final MongoTemplate mongo;
    private final AggregateWriter writes;

    public CampaignStore(MongoTemplate mongo, AggregateWriter writes) {
        this.mongo = mongo;
        this.writes = writes;
    }

    public SecondmentCampaign get(String id) {
        SecondmentCampaign campaign = mongo.findById(id, SecondmentCampaign.class);
        if (campaign == null) {
            throw new NotFoundException("secondment-campaign", "Không có đợt biệt phái " + id + ". / No campaign "
                    + id + ".");
        }
        return campaign;
    }

    public List<SecondmentCampaign> ofProvince(String provinceCode) {
        Query query = provinceCode == null ? new Query() : Query.query(Criteria.where("provinceCode").is(provinceCode));
        return mongo.find(query.with(Sort.by("createdAt")), SecondmentCampaign.class);
    }

    SecondmentCampaign insert(SecondmentCampaign campaign) {
        return writes.insert(campaign);
    }

    SecondmentCampaign save(SecondmentCampaign campaign) {
        return writes.update(campaign);
    }
}
