-- One database per service: no service reads another's tables (docs/architecture.md, "Data ownership").
CREATE DATABASE order_intake;
CREATE DATABASE sectigo_gateway;
CREATE DATABASE webhook_receiver;
CREATE DATABASE cert_store;
CREATE DATABASE notifier;
