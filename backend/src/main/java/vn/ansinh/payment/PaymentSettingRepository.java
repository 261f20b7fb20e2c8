package vn.ansinh.payment;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
class PaymentSettingRepository implements PanacheRepositoryBase<PaymentSetting, String> {
}
