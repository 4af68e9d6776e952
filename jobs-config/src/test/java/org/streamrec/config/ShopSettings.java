package org.streamrec.config;

import java.time.Duration;
import java.util.List;

/** A second configuration, owning the section {@code shop}, for the tests of routing between schemas. */
record ShopSettings(Shop shop) implements ValidatedConfig {
    static final ConfigSchema<ShopSettings> SCHEMA =
            new ConfigSchema<>(ShopSettings.class, ShopSettings.class, "/shop-schema/defaults.yaml", "/shop-schema/envs/");

    record Shop(int users, Duration duration) {}

    @Override
    public List<String> problems() {
        Problems p = new Problems().section("shop");
        p.positive("users", shop.users());
        p.positive("duration", shop.duration());
        return p.messages();
    }
}
