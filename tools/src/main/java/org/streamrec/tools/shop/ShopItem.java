package org.streamrec.tools.shop;

/**
 * One product of the {@link SyntheticShop} as it is when the shop opens.
 *
 * @param daysPerUnit for consumables, how many days one unit lasts a shopper (a shopper who buys
 *     3 rebuys about 3 x daysPerUnit days later); 0 for durable goods
 * @param bundleId the bundle the item is sold in, or null
 */
public record ShopItem(
        String itemId,
        String category,
        String brand,
        double price,
        int stock,
        boolean replenishable,
        double daysPerUnit,
        String bundleId) {
}
