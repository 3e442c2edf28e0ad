package vn.thidua.ledger.query.rebuild;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The elements of an iterator, taken from it on a thread of its own a chunk ahead of the one who iterates: reading
 * the event table over its cursor, upcasting and deserialising the events run while the previous events are
 * translated, where one thread doing both left PostgreSQL idle while it translated and itself idle while
 * PostgreSQL produced the next rows. {@code prepare} is done on the reading thread to each element before it is
 * handed over. Not thread-safe on the iterating side; {@link #close} stops the reading thread and waits for it, so
 * that whatever it read with (a connection) is free again.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {

    private static final int CHUNK = 500;
    private static final int CHUNKS_AHEAD = 8;

    /** The end of the elements. */
    private static final Object END = new Object();

    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final Thread thread;
    private volatile boolean closed;
    private Iterator<T> current = Collections.emptyIterator();
    private boolean ended;

    ReadAhead(Iterator<T> source, Consumer<T> prepare, String name) {
        this.thread = new Thread(() -> read(source, prepare), name);
        thread.setDaemon(true);
        thread.start();
    }

    private void read(Iterator<T> source, Consumer<T> prepare) {
        List<T> chunk = new ArrayList<>(CHUNK);
        try {
            try {
                while (!closed && source.hasNext()) {
                    T next = source.next();
                    prepare.accept(next);
                    chunk.add(next);
                    if (chunk.size() == CHUNK) {
                        hand(chunk);
                        chunk = new ArrayList<>(CHUNK);
                    }
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Throwable e) {
                // what was read before the failure first
                if (!chunk.isEmpty()) {
                    hand(chunk);
                }
                hand(e);
                return;
            }
            if (!chunk.isEmpty()) {
                hand(chunk);
            }
            hand(END);
        } catch (InterruptedException e) {
            // closed: nobody is left to tell
        }
    }

    private void hand(Object item) throws InterruptedException {
        while (!chunks.offer(item, 100, TimeUnit.MILLISECONDS)) {
            if (closed) {
                throw new InterruptedException("closed");
            }
        }
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (ended) {
                return false;
            }
            Object next;
            try {
                next = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading ahead", e);
            }
            if (next == END) {
                ended = true;
                return false;
            }
            if (next instanceof RuntimeException e) {
                ended = true;
                throw e;
            }
            if (next instanceof Throwable e) {
                ended = true;
                throw new IllegalStateException(e.getMessage(), e);
            }
            @SuppressWarnings("unchecked")
            List<T> chunk = (List<T>) next;
            current = chunk.iterator();
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        chunks.clear();
        thread.join();
    }
}
