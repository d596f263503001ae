package io.certflow.notifier.template;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Plain-text email templates ({@code templates/<language>/<name>.txt} on the classpath), rendered
 * with Mustache: logic-less, so a template can only show what the model offers. No HTML escaping
 * (the mails are text/plain); a variable the model lacks is an error, not an empty gap.
 *
 * <p>Language: the customer's BCP 47 tag is tried whole ({@code de-ch}), then its primary subtag
 * ({@code de}), then {@link #DEFAULT_LANGUAGE}. Adding a language is adding a folder.
 */
@Singleton
public class MailTemplates {

    public static final String DEFAULT_LANGUAGE = "en";
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,8}(-[a-z0-9]{1,8})*");

    private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true)
            .nullValue("");
    private final Map<String, Optional<Template>> cache = new ConcurrentHashMap<>();

    public RenderedMail render(String name, @Nullable String language, Map<String, Object> model) {
        return RenderedMail.parse(name, template(name, language).execute(model));
    }

    private Template template(String name, @Nullable String language) {
        for (String candidate : candidates(language)) {
            Optional<Template> template = cache.computeIfAbsent(candidate + "/" + name, this::load);
            if (template.isPresent()) {
                return template.get();
            }
        }
        throw new IllegalStateException("no template " + name + " for language " + DEFAULT_LANGUAGE);
    }

    static List<String> candidates(@Nullable String language) {
        List<String> candidates = new ArrayList<>();
        String tag = language == null ? "" : language.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (LANGUAGE_TAG.matcher(tag).matches()) {
            candidates.add(tag);
            int dash = tag.indexOf('-');
            if (dash > 0) {
                candidates.add(tag.substring(0, dash));
            }
        }
        candidates.add(DEFAULT_LANGUAGE);
        return candidates;
    }

    private Optional<Template> load(String path) {
        try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream("templates/" + path + ".txt")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(compiler.compile(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + path, e);
        }
    }
}
