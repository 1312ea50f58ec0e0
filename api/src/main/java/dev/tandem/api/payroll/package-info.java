/** Pay periods and statements: how a business groups its providers' earnings for payroll. */
package dev.tandem.api.payroll;
