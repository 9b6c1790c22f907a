package vn.twotier.staffing.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ProjectorSharesTest {

    @Test
    void largestRemainderKeepsEveryPersonAndFollowsTheShares() {
        assertThat(Projector.allocate(15, new double[] {0.4, 0.6})).containsExactly(6, 9);
        assertThat(Projector.allocate(10, new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0})).containsExactly(4, 3, 3);
        assertThat(Arrays.stream(Projector.allocate(7, new double[] {0.5, 0.5})).sum()).isEqualTo(7);
        // a part going to a unit outside the scenario stays where it is
        assertThat(Projector.allocate(10, new double[] {0.3})).containsExactly(3);
    }
}
