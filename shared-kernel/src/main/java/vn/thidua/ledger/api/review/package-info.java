/** Mid-term and final reviews held under a campaign (sơ kết, tổng kết): messages and ids. */
package vn.thidua.ledger.api.review;
