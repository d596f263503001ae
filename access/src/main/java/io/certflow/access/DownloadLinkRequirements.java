package io.certflow.access;

import io.certflow.startup.Requirement;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** A service that signs or checks download links (it configures the secret's key) must have a real secret. */
@Factory
@Requires(property = "certflow.download-links.secret")
class DownloadLinkRequirements {

    @Singleton
    Requirement downloadLinkSecret() {
        return Requirement.secret("DOWNLOAD_LINK_SECRET", "certflow.download-links.secret");
    }
}
