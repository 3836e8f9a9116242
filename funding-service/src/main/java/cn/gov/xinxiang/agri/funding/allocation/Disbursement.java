package cn.gov.xinxiang.agri.funding.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Money of an allocation paid out to the project (拨付). */
@Entity
@Table(name = "disbursement")
public class Disbursement extends MoneyEntry {
    @Column(name = "disbursed_on", nullable = false)
    public LocalDate disbursedOn;
    @Column(name = "voucher_no")
    public String voucherNo;
}
