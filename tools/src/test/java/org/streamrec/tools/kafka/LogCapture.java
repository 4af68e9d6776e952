package org.streamrec.tools.kafka;

import java.io.StringWriter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Everything this JVM logs at INFO and above (the broker, Flink, Kafka's clients, ours), with
 * exceptions, while open: more than the usual ERROR-only configuration lets through.
 */
final class LogCapture implements AutoCloseable {
    private final StringWriter text = new StringWriter();
    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
    private final WriterAppender appender;
    private final Level rootLevel;

    LogCapture() {
        Configuration configuration = context.getConfiguration();
        appender = WriterAppender.newBuilder().setName("capture-" + System.nanoTime()).setTarget(text)
                .setLayout(PatternLayout.newBuilder().withPattern("%level %logger %message%n%throwable").build())
                .build();
        appender.start();
        LoggerConfig root = configuration.getRootLogger();
        rootLevel = root.getLevel();
        root.addAppender(appender, Level.INFO, null);
        root.setLevel(Level.INFO);
        context.updateLoggers();
    }

    String text() {
        synchronized (text) {
            return text.toString();
        }
    }

    @Override
    public void close() {
        LoggerConfig root = context.getConfiguration().getRootLogger();
        root.removeAppender(appender.getName());
        root.setLevel(rootLevel);
        context.updateLoggers();
        appender.stop();
    }
}
