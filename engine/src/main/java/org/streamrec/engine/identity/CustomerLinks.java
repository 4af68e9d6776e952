package org.streamrec.engine.identity;

import java.util.ArrayList;
import java.util.List;

/** The anonymous ids linked to one customer, oldest first: where a forget_user of the customer must reach. */
public class CustomerLinks {
    public List<String> anonymousIds = new ArrayList<>();

    public CustomerLinks() {}
}
