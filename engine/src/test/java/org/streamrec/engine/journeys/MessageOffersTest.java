package org.streamrec.engine.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.streamrec.engine.ranking.TestRules.rule;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.streamrec.config.ConfigLoader;
import org.streamrec.config.OfferConfig;
import org.streamrec.engine.messages.ItemCard;
import org.streamrec.engine.model.BusinessRule;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.MessageKind;
import org.streamrec.engine.model.Offer;
import org.streamrec.engine.ranking.ItemIndex;

class MessageOffersTest {
    private static final OfferConfig OFFER = ConfigLoader.load(null, Map.of("offer.positionPropensity", "[0.1, 0.05]")).offer();
    private final ItemIndex catalogue = new ItemIndex();

    private void item(String id, double price, int stock) {
        ItemCard c = new ItemCard();
        c.itemId = id;
        c.price = price;
        c.stock = stock;
        c.category = "tea";
        catalogue.apply(c);
    }

    private static Message message(MessageKind kind, String... items) {
        Message m = new Message();
        m.kind = kind;
        m.items = List.of(items);
        m.reason = "why";
        return m;
    }

    @Test
    void theOfferIsTheItemWithTheHighestExpectedValueInStock() {
        item("cheap", 2.0, 5);
        item("dear", 30.0, 0);
        item("middle", 10.0, 5);
        Offer o = MessageOffers.choose(message(MessageKind.ABANDONED_CART, "cheap", "dear", "middle"), catalogue, List.of(), OFFER);
        assertEquals("middle", o.itemId, "dear is out of stock; middle at position 2: 0.05 x 10 beats 0.1 x 2");
        assertEquals(0.5, o.expectedValue, 1e-9);
        Offer ruled = MessageOffers.choose(message(MessageKind.ABANDONED_CART, "cheap", "middle"), catalogue,
                List.of(rule("push-cheap", "item", "cheap", null, 5.0)), OFFER);
        assertEquals("cheap", ruled.itemId, "the business weight counts as in the recommendations");
    }

    @Test
    void allItemsOutOfStockStillGiveAnOffer() {
        item("gone", 3.0, 0);
        assertEquals("gone", MessageOffers.choose(message(MessageKind.BACK_IN_STOCK, "gone"), catalogue, List.of(), OFFER).itemId);
    }

    @Test
    void anApologyWithoutItemsChoosesAmongTheItemsTheRulesPush() {
        item("a", 4.0, 1);
        item("b", 8.0, 1);
        List<BusinessRule> rules = List.of(rule("z-weak", "item", "a", null, 0.5), rule("spring", "campaign", null, List.of("a", "b"), 2.0));
        Offer o = MessageOffers.choose(message(MessageKind.SERVICE_INCIDENT), catalogue, rules, OFFER);
        assertEquals("b", o.itemId, "a: 0.1 x 4 x (2 x 0.5) = 0.4; b: 0.05 x 8 x 2 = 0.8");
    }

    @Test
    void nothingToChooseFromGivesNoOffer() {
        assertNull(MessageOffers.choose(message(MessageKind.SERVICE_INCIDENT), catalogue, List.of(), OFFER));
        assertTrue(MessageOffers.choose(message(MessageKind.PRICE_DROP, "unknown"), catalogue, List.of(), OFFER)
                .reason.startsWith("highest expected value"));
    }
}
