package org.streamrec.engine.attribution;

/** One user's exposures by item id ({@link ShopperAttribution} in the job). */
public interface ExposureTable {
    Exposure get(String itemId) throws Exception;

    void put(String itemId, Exposure exposure) throws Exception;
}
