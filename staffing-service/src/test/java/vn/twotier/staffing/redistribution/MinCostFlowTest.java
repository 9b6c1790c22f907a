package vn.twotier.staffing.redistribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinCostFlowTest {

    /** First-fit would send the flexible person to the first need and leave the other person without a place. */
    @Test
    void matchesEveryoneWhereAGreedyFirstFitWouldNot() {
        MinCostFlow flow = new MinCostFlow();
        int source = flow.node();
        int sink = flow.node();
        int flexible = flow.node();
        int specialist = flow.node();
        int needA = flow.node();
        int needB = flow.node();
        flow.edge(source, flexible, 1, 0);
        flow.edge(source, specialist, 1, 0);
        int[] flexibleToA = flow.edge(flexible, needA, 1, 1);
        int[] flexibleToB = flow.edge(flexible, needB, 1, 2);
        int[] specialistToA = flow.edge(specialist, needA, 1, 5);
        flow.edge(needA, sink, 1, 0);
        flow.edge(needB, sink, 1, 0);

        int[] result = flow.solve(source, sink);

        assertThat(result[0]).as("people placed").isEqualTo(2);
        assertThat(MinCostFlow.flow(flexibleToA)).isZero();
        assertThat(MinCostFlow.flow(flexibleToB)).isEqualTo(1);
        assertThat(MinCostFlow.flow(specialistToA)).isEqualTo(1);
        assertThat(result[1]).isEqualTo(7);
    }
}
