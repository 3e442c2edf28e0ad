/** Reports units owe upward by a due date (báo cáo 6 tháng, hằng năm), with reminders and overdue notices: messages and ids. */
package vn.thidua.ledger.api.report;
