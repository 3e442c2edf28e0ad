/** Satisfaction surveys of citizens and businesses (khảo sát sự hài lòng) and their corrections: messages and ids. */
package vn.thidua.ledger.api.survey;
