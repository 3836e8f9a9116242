package cn.gov.xinxiang.agri.funding.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Disbursed money the project spent (支出). */
@Entity
@Table(name = "expenditure")
public class Expenditure extends MoneyEntry {
    @Column(name = "spent_on", nullable = false)
    public LocalDate spentOn;
    @Column(nullable = false)
    public String description;
}
