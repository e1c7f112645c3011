.PHONY: run test stop openapi help

help:
	@echo "make run      run the whole system with demo data (SPA on http://localhost:5173)"
	@echo "make test     run every test (backend, integration, frontend, end to end)"
	@echo "make stop     stop a stack left behind"
	@echo "make openapi  regenerate openapi.yaml and frontend/src/api/schema.d.ts from the code"

run:
	@scripts/run.sh

test:
	@scripts/test.sh

stop:
	@scripts/stop.sh

openapi:
	mvn -B -q -DskipTests package
	cp backend/target/openapi/openapi.yaml openapi.yaml
	scripts/spa.sh install
	cd frontend && npm run --silent generate:api
