// Prints a TCP port that is free on localhost right now: the operating system picks it.
import net from 'node:net'

const server = net.createServer()
server.listen(0, 'localhost', () => {
  const { port } = server.address()
  server.close(() => process.stdout.write(String(port)))
})
