// A TCP forwarder in front of the app whose connections a test can cut, the way a lost network
// cuts them: open streams end abruptly and new connections are refused until it is restored.
// (Chromium's offline emulation leaves an open event stream alone, so it cannot test this.)
import net from "node:net";

export async function openCuttableLink(targetPort: number) {
  const sockets = new Set<net.Socket>();
  let cut = false;
  const server = net.createServer((client) => {
    if (cut) return client.destroy();
    const upstream = net.connect(targetPort, "localhost");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => {});
      socket.on("close", () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    cut() {
      cut = true;
      sockets.forEach((socket) => socket.destroy());
    },
    restore() {
      cut = false;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
