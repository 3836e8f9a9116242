package cn.gov.xinxiang.agri.funding.allocation;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** Disbursed money the project spent (支出). */
@Entity
@Table(name = "expenditure")
public class Expenditure extends MoneyEntry {
    public LocalDate spentOn;
    public String description;
}
