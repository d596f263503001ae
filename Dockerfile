# One image recipe for every runnable module: docker compose passes MODULE (e.g. order-intake).
FROM maven:3.9-eclipse-temurin-17 AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -DskipTests -pl "${MODULE}" -am package

FROM eclipse-temurin:17-jre
ARG MODULE
# curl only serves the compose healthchecks against /health.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/${MODULE}/target/${MODULE}-*.jar /app/app.jar
# A data directory the unprivileged user owns; a named volume mounted here inherits the owner.
RUN mkdir -p /var/lib/certflow && chown 10001 /var/lib/certflow
USER 10001
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
