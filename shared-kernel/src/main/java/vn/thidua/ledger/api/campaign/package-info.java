/** Campaigns and emulation movements (cuộc vận động, phong trào thi đua): their messages and ids. */
package vn.thidua.ledger.api.campaign;
