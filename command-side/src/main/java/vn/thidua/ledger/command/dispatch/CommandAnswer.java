package vn.thidua.ledger.command.dispatch;

/**
 * What a single command's write answers: the position of its last event, or — when it stored none, its entity
 * already standing as asked — the position of the entity's last event ({@code stored} false: answered 200, as a
 * replay of the request that made it so).
 */
record CommandAnswer(long position, boolean stored) {
}
