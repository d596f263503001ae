package io.certflow.certstore.download;

import io.certflow.events.FieldError;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SearchCriteriaTest {

    @Test
    void shouldMatchNameAndCoveringWildcardWhenDomainIsGiven() {
        assertThat(SearchCriteria.parse(null, "WWW.Shop.Example.com.", null).matchingNames())
                .containsExactly("www.shop.example.com", "*.shop.example.com");
        assertThat(SearchCriteria.parse(null, "example.com", null).matchingNames()).containsExactly("example.com");
        assertThat(SearchCriteria.parse(null, "*.example.com", null).matchingNames()).containsExactly("*.example.com");
    }

    @Test
    void shouldCombineFiltersWhenSeveralAreGiven() {
        UUID order = UUID.randomUUID();

        SearchCriteria criteria = SearchCriteria.parse(order.toString(), "a.example.com", "2027-01-31T00:00:00Z");

        assertThat(criteria.orderId()).isEqualTo(order);
        assertThat(criteria.expiringBefore()).isEqualTo(Instant.parse("2027-01-31T00:00:00Z"));
    }

    @Test
    void shouldNameEveryBadParameterWhenQueryIsInvalid() {
        var invalid = catchThrowableOfType(InvalidQueryException.class,
                () -> SearchCriteria.parse("42", "not a host", "tomorrow"));

        assertThat(invalid.errors()).extracting(FieldError::field)
                .containsExactly("orderId", "domain", "expiringBefore");
    }

    @Test
    void shouldAskForAFilterWhenNoneIsGiven() {
        var invalid = catchThrowableOfType(InvalidQueryException.class, () -> SearchCriteria.parse(null, " ", null));

        assertThat(invalid.errors()).singleElement().extracting(FieldError::reason).asString()
                .contains("orderId, domain or expiringBefore");
    }
}
