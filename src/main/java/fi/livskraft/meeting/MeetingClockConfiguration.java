package fi.livskraft.meeting;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock that says what today is for due dates (Europe/Helsinki); tests replace it. */
@Configuration
class MeetingClockConfiguration {

    @Bean
    Clock meetingClock() {
        return Clock.system(Meeting.ZONE);
    }
}
