package fi.livskraft.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SuppressionTests {

    @Test
    void hidesOneToFourPersonsFromThePublicButNotZeroOrFive() {
        Suppression publicView = new Suppression(5, true);
        assertThat(publicView.show(0)).isEqualTo("0");
        assertThat(publicView.show(1)).isEqualTo("<5");
        assertThat(publicView.show(4)).isEqualTo("<5");
        assertThat(publicView.show(5)).isEqualTo("5");
        assertThat(publicView.show(null)).isEmpty();
        assertThat(publicView.hides(3)).isTrue();
        assertThat(publicView.hides(0)).isFalse();
    }

    @Test
    void showsEverythingToSignedInUsersAndFollowsTheConfiguredThreshold() {
        assertThat(new Suppression(5, false).show(3)).isEqualTo("3");
        assertThat(new Suppression(10, true).show(9)).isEqualTo("<10");
        assertThatThrownBy(() -> new Suppression(0, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
