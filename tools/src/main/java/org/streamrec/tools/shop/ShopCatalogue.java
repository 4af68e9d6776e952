package org.streamrec.tools.shop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The products of a {@link SyntheticShop}: categories (every other one of consumables),
 * Zipf-skewed item popularity, and a few bundles of items from different categories that are
 * bought together.
 */
final class ShopCatalogue {
    /** Category names, consumables and durables alternating, so that any count has both kinds. */
    private static final String[] CATEGORY_NAMES = {
        "tea", "headphones", "diapers", "sneakers", "shampoo", "books", "coffee", "toys", "pet food", "lamps",
        "detergent", "jackets", "vitamins", "phone cases", "toothpaste", "cookware", "razor blades", "backpacks",
        "printer ink", "board games", "contact lenses", "garden tools", "cat litter", "watches", "baby wipes",
        "bicycles", "protein powder", "sunglasses", "dish soap", "keyboards"};
    /** Popularity of the item of rank r is proportional to 1 / (r + 1)^ZIPF_EXPONENT. */
    private static final double ZIPF_EXPONENT = 1.1;
    private static final String ID_PREFIX = "sku-";
    private static final int ANCHOR_POOL_PER_BUNDLE = 3;

    final List<ShopItem> items;
    final String[] categories;
    /** Index of each item's category. */
    final int[] categoryOf;
    /** Indexes of the other items in the same bundle; empty when the item is in none. */
    final int[][] bundlePartners;
    final List<List<String>> bundles;
    final WeightedSampler categoryPopularity;
    private final WeightedSampler[] itemsByCategory;

    private ShopCatalogue(List<ShopItem> items, String[] categories, int[] categoryOf, int[][] bundlePartners,
            List<List<String>> bundles, double[] popularity) {
        this.items = List.copyOf(items);
        this.categories = categories;
        this.categoryOf = categoryOf;
        this.bundlePartners = bundlePartners;
        this.bundles = bundles;
        this.itemsByCategory = new WeightedSampler[categories.length];
        double[] categoryWeight = new double[categories.length];
        List<List<Integer>> membersOf = new ArrayList<>();
        for (int c = 0; c < categories.length; c++) membersOf.add(new ArrayList<>());
        for (int i = 0; i < categoryOf.length; i++) membersOf.get(categoryOf[i]).add(i);
        for (int c = 0; c < categories.length; c++) {
            List<Integer> members = membersOf.get(c);
            int[] values = members.stream().mapToInt(Integer::intValue).toArray();
            double[] weights = members.stream().mapToDouble(i -> popularity[i]).toArray();
            itemsByCategory[c] = new WeightedSampler(values, weights);
            categoryWeight[c] = itemsByCategory[c].totalWeight();
        }
        int[] categoryIndexes = new int[categories.length];
        for (int c = 0; c < categoryIndexes.length; c++) categoryIndexes[c] = c;
        this.categoryPopularity = new WeightedSampler(categoryIndexes, categoryWeight);
    }

    static ShopCatalogue generate(int itemCount, int categoryCount, RandomGenerator random) {
        String[] categories = new String[categoryCount];
        boolean[] consumable = new boolean[categoryCount];
        double[] priceScale = new double[categoryCount];
        for (int c = 0; c < categoryCount; c++) {
            int round = c / CATEGORY_NAMES.length;
            categories[c] = CATEGORY_NAMES[c % CATEGORY_NAMES.length] + (round == 0 ? "" : " " + (round + 1));
            consumable[c] = (c % CATEGORY_NAMES.length) % 2 == 0;
            priceScale[c] = Math.exp(Math.log(15) + 0.9 * random.nextGaussian());
        }

        int[] categoryOf = new int[itemCount];
        for (int i = 0; i < itemCount; i++) {
            // The first items go round the categories, so that none is empty.
            categoryOf[i] = i < categoryCount ? i : random.nextInt(categoryCount);
        }
        double[] popularity = zipfOverShuffledRanks(itemCount, random);
        int[][] partners = new int[itemCount][0];
        List<List<String>> bundleIds = new ArrayList<>();
        String[] bundleOf = makeBundles(itemCount, categoryOf, consumable, popularity, partners, bundleIds, random);

        List<ShopItem> items = new ArrayList<>(itemCount);
        for (int i = 0; i < itemCount; i++) {
            int c = categoryOf[i];
            double price = Math.max(0.5, round2(priceScale[c] * Math.exp(0.35 * random.nextGaussian())));
            int stock = 10 + random.nextInt(490);
            double daysPerUnit = consumable[c] ? 4 + 26 * random.nextDouble() : 0;
            String brand = "brand-" + (c * 4 + random.nextInt(4));
            items.add(new ShopItem(itemId(i), categories[c], brand, price, stock, consumable[c], daysPerUnit, bundleOf[i]));
        }
        return new ShopCatalogue(items, categories, categoryOf, partners, bundleIds, popularity);
    }

    static String itemId(int index) {
        return ID_PREFIX + (index + 1);
    }

    int indexOf(String itemId) {
        return Integer.parseInt(itemId.substring(ID_PREFIX.length())) - 1;
    }

    private static double[] zipfOverShuffledRanks(int n, RandomGenerator random) {
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) rank[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = rank[i];
            rank[i] = rank[j];
            rank[j] = t;
        }
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) weight[i] = 1.0 / Math.pow(rank[i] + 1, ZIPF_EXPONENT);
        return weight;
    }

    /**
     * A bundle is a popular durable item plus one or two durable items of other categories (a
     * camera and its bag), so that buying them together is not blurred by consumables bought again
     * on their own. Each item is in at most one bundle; a shop with fewer than two categories of
     * durable goods has no bundles. Fills {@code partners} and {@code bundleIds}.
     */
    private static String[] makeBundles(int n, int[] categoryOf, boolean[] consumable, double[] popularity,
            int[][] partners, List<List<String>> bundleIds, RandomGenerator random) {
        String[] bundleOf = new String[n];
        Integer[] byPopularity = new Integer[n];
        for (int i = 0; i < n; i++) byPopularity[i] = i;
        Arrays.sort(byPopularity, (a, b) -> Double.compare(popularity[b], popularity[a]));
        List<Integer> durables = Arrays.stream(byPopularity).filter(i -> !consumable[categoryOf[i]]).toList();
        if (durables.stream().map(i -> categoryOf[i]).distinct().count() < 2) return bundleOf;
        int wanted = Math.max(1, Math.min(12, n / 60));
        int anchorPool = Math.min(durables.size(), wanted * ANCHOR_POOL_PER_BUNDLE);
        for (int b = 0; b < wanted; b++) {
            int anchor = durables.get(random.nextInt(anchorPool));
            if (bundleOf[anchor] != null) continue;
            List<Integer> members = new ArrayList<>(List.of(anchor));
            int size = 2 + random.nextInt(2);
            for (int attempt = 0; attempt < 50 && members.size() < size; attempt++) {
                int candidate = durables.get(random.nextInt(durables.size()));
                boolean fits = bundleOf[candidate] == null
                        && members.stream().noneMatch(m -> categoryOf[m] == categoryOf[candidate]);
                if (fits) members.add(candidate);
            }
            if (members.size() < 2) continue;
            String id = "bundle-" + (bundleIds.size() + 1);
            List<String> ids = new ArrayList<>();
            for (int m : members) {
                bundleOf[m] = id;
                ids.add(itemId(m));
                partners[m] = members.stream().filter(o -> o != m).mapToInt(Integer::intValue).toArray();
            }
            bundleIds.add(List.copyOf(ids));
        }
        return bundleOf;
    }

    int sampleItemIn(int category, RandomGenerator random) {
        return itemsByCategory[category].sample(random);
    }

    static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
