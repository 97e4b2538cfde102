package fi.livskraft;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Livskraft: the strategic partnership of Finnish municipalities and the VET providers they own. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LivskraftApplication {

    public static void main(String[] args) {
        SpringApplication.run(LivskraftApplication.class, args);
    }
}
