package org.streamrec.tools.demo;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.streamrec.connectors.dataset.DatasetFormat;
import org.streamrec.connectors.dataset.DatasetFormats;
import org.streamrec.connectors.dataset.RejectedRows;
import org.streamrec.tools.config.SyntheticShopConfig;
import org.streamrec.tools.shop.SyntheticShop;
import org.streamrec.engine.model.Event;
import picocli.CommandLine.Option;

/** Where the events of the demo and the cluster come from: the built-in synthetic shop, or a dataset file. */
public final class InputOptions {
    @Option(names = "--dataset", paramLabel = "PATH",
            description = "Replay this dataset instead of the synthetic shop (in event-time order).")
    Path dataset;

    @Option(names = "--format", defaultValue = "taobao",
            description = "Format of --dataset: taobao, instacart or csv (see the README). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--seed", description = "Seed of the synthetic shop (syntheticShop.seed).")
    Long seed;

    @Option(names = "--users", description = "Shoppers in the synthetic shop (syntheticShop.users).")
    Integer users;

    @Option(names = "--items", description = "Items in the synthetic shop (syntheticShop.items).")
    Integer items;

    final RejectedRows rejected = new RejectedRows();

    /** Configuration overrides these options stand for. */
    public Map<String, String> overrides() {
        Map<String, String> o = new java.util.LinkedHashMap<>();
        if (seed != null) o.put("syntheticShop.seed", seed.toString());
        if (users != null) o.put("syntheticShop.users", users.toString());
        if (items != null) o.put("syntheticShop.items", items.toString());
        return o;
    }

    Iterator<Event> open(SyntheticShopConfig shop) {
        if (dataset == null) return new SyntheticShop(shop);
        DatasetFormat f = new DatasetFormats(rejected).find(format).orElseThrow(() ->
                new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                        "unknown --format '" + format + "' (known: taobao, instacart, csv)"));
        return f.read(dataset).iterator();
    }

    String describe(SyntheticShopConfig shop) {
        if (dataset != null) return format + " dataset " + dataset;
        return String.format("the synthetic shop (seed %d, %d shoppers, %d items, %s of shop time from %s)",
                shop.seed(), shop.users(), shop.items(), shop.duration().toDays() + "d", shop.start());
    }
}
