package cn.gov.xinxiang.agri.funding.allocation;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Money of an allocation paid out to the project (拨付). */
@Entity
@Table(name = "disbursement")
public class Disbursement extends MoneyEntry {
    public LocalDate disbursedOn;
    public String voucherNo;
}
