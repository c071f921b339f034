// Express reference for bench/server.sh: the same work as ckx-server's GET /api/v1/access/status —
// verify an HS256 access token with the server's own key, then the same read of the same SQLite file —
// so the benchmark compares the HTTP stacks, not different amounts of work.
// Usage: node server.js PORT SQLITE_FILE JWT_KEY_FILE [WORKERS]
'use strict';
const cluster = require('node:cluster');
const crypto = require('node:crypto');
const fs = require('node:fs');

const [port, dbFile, keyFile, workersArg] = process.argv.slice(2);
const workers = Number(workersArg || 1);

if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('listening', () => {
    if (Object.values(cluster.workers).every((w) => w.state === 'listening')) console.log(`express listening on ${port}`);
  });
  return;
}

const express = require('express');
const Database = require('better-sqlite3');

const secret = Buffer.from(fs.readFileSync(keyFile, 'utf8').trim(), 'base64');
const db = new Database(dbFile, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 10000');
// The same single statement ckx-server runs for this endpoint.
const status = db.prepare(
  "SELECT (SELECT id FROM passes WHERE user_id = ? AND status = 'active' AND expires_at > ? ORDER BY expires_at DESC LIMIT 1) AS id, " +
  "(SELECT expires_at FROM passes WHERE user_id = ? AND status = 'active' AND expires_at > ? ORDER BY expires_at DESC LIMIT 1) AS expires_at, " +
  "(SELECT COUNT(*) FROM passes WHERE user_id = ? AND status = 'purchased') AS n");
const expectedHeader = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

function verify(token, now) {
  const parts = (token || '').split('.');
  if (parts.length !== 3 || parts[0] !== expectedHeader) return null;
  const mac = crypto.createHmac('sha256', secret).update(parts[0] + '.' + parts[1]).digest();
  const sig = Buffer.from(parts[2], 'base64url');
  if (sig.length !== mac.length || !crypto.timingSafeEqual(sig, mac)) return null;
  const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  if (claims.typ !== 'access' || !(claims.exp > now) || !claims.sub) return null;
  return claims.sub;
}

const app = express();
app.disable('x-powered-by');
app.get('/api/v1/access/status', (req, res) => {
  const header = req.get('authorization') || '';
  const now = Math.floor(Date.now() / 1000);
  const user = header.startsWith('Bearer ') ? verify(header.slice(7).trim(), now) : null;
  if (!user) {
    res.status(401).json({ success: false, error: { code: 'auth.token', message: 'the access token is not valid' } });
    return;
  }
  const row = status.get(user, now, user, now, user);
  const pass = row.id === null ? null : row;
  const waiting = row.n;
  res.set('Cache-Control', 'no-store').json({
    success: true,
    data: {
      hasActivePass: !!pass,
      remainingSeconds: pass ? pass.expires_at - now : 0,
      expiresAt: pass ? pass.expires_at : 0,
      activePassId: pass ? pass.id : null,
      unactivatedPasses: waiting,
    },
  });
});
app.listen(Number(port), '127.0.0.1', () => {
  if (workers <= 1) console.log(`express listening on ${port}`);
});
