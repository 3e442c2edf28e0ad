package vn.thidua.ledger.ops.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One client of the commands benchmark: plain HTTP/1.1 over one kept-alive TCP connection (opened again when the
 * server closes it), written and read on the caller's thread. The clients share the node's two cores: the JDK's
 * {@code HttpClient} took about half as much CPU as Tomcat's request threads, and handed every request between its
 * selector and worker threads, latency that 8 clients each waiting for their answer turn straight into fewer
 * commands a second (933 with it, 1,498 with this, the same node at small). Not thread-safe: one per client thread.
 */
final class KeepAliveClient implements AutoCloseable {

    private final String host;
    private final int port;
    private final String authorization;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    KeepAliveClient(String host, int port, String authorization) {
        this.host = host;
        this.port = port;
        this.authorization = authorization;
    }

    /** POSTs {@code json} to {@code path} and answers the response. */
    Bench.Response post(String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAuthorization: "
                + authorization + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        boolean fresh = socket == null;
        try {
            return exchange(head, body);
        } catch (IOException e) {
            close();
            if (fresh) {
                throw e;
            }
            // the server closed the kept-alive connection in between: once more on a new one
            return exchange(head, body);
        }
    }

    private Bench.Response exchange(byte[] head, byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 5_000);
            socket.setSoTimeout(120_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        out.write(request);
        out.flush();

        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("connection closed before a response");
        }
        String[] status = statusLine.split(" ", 3);
        if (status.length < 2 || !status[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.1 response: " + statusLine);
        }
        int code = Integer.parseInt(status[1]);
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closes = value.equalsIgnoreCase("close");
                default -> {
                }
            }
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                 size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                copy(size, content);
                line();
            }
            for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                // trailers are not used
            }
        } else if (length >= 0) {
            copy(length, content);
        } else {
            closes = true;
            in.transferTo(content);
        }
        if (closes) {
            close();
        }
        return new Bench.Response(code, content.toString(StandardCharsets.UTF_8));
    }

    private void copy(long bytes, ByteArrayOutputStream to) throws IOException {
        byte[] buffer = new byte[8192];
        while (bytes > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, bytes));
            if (read < 0) {
                throw new IOException("connection closed inside a response");
            }
            to.write(buffer, 0, read);
            bytes -= read;
        }
    }

    /** A line without its CRLF, or null at the end of the stream. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all that is left to do with it
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
