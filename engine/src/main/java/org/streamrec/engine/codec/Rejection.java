package org.streamrec.engine.codec;

/** Thrown inside the decoder when a record breaks the contract; never escapes {@link EventCodec#decode}. */
final class Rejection extends RuntimeException {
    Rejection(RejectCode code, String detail) {
        // No stack trace: rejections are expected input, and bad records can arrive by the million.
        super(code.reason(detail), null, false, false);
    }
}
