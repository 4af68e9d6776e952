package org.streamrec.tools.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.streamrec.engine.model.IntentAlert;
import org.streamrec.engine.model.IntentContribution;
import org.streamrec.engine.model.Message;
import org.streamrec.engine.model.MessageKind;
import org.streamrec.engine.model.Offer;
import org.streamrec.engine.model.Recommendation;

class ConsoleReportTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ConsoleReport report = new ConsoleReport(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, new DeadLetterReport());

    @Test
    void everyMessageAndAlertIsPrintedEvenWhenQuietAboutLists() {
        Message m = new Message();
        m.kind = MessageKind.PRICE_DROP;
        m.userId = "user-7";
        m.items = List.of("sku-3");
        m.offer = new Offer();
        m.offer.itemId = "sku-3";
        m.offer.expectedValue = 0.4;
        m.reason = "price down from 20.00 to 15.00 (-25%)";
        m.sendTime = 1_735_776_000_000L;
        report.message(m);
        IntentAlert a = new IntentAlert();
        a.userId = "user-7";
        a.score = 11.26;
        a.threshold = 10;
        IntentContribution c = new IntentContribution();
        c.type = "add_to_cart";
        c.itemId = "sku-3";
        a.contributions = List.of(c);
        report.alert(a);
        assertEquals("""
                MESSAGE  price_drop       user user-7       items [sku-3], offer sku-3 (ev 0.40): price down from 20.00 to 15.00 (-25%) [sent 2025-01-02T00:00:00Z]
                ALERT    high_intent user user-7       score 11.3 >= 10.0 after add_to_cart sku-3
                """, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyListIsPrintedAsSuch() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ConsoleReport loud = new ConsoleReport(new PrintStream(printed, true, StandardCharsets.UTF_8), false, new DeadLetterReport());
        Recommendation r = new Recommendation();
        r.userId = "user-9";
        r.triggerEventId = "e-1";
        r.items = List.of();
        r.variant = "holdout";
        loud.recommendation(r, 12);
        assertEquals("rec      user user-9   after e-1          -> (empty, variant holdout) [12 ms]\n", printed.toString(StandardCharsets.UTF_8));
    }
}
