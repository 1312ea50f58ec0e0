package dev.tandem.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxBodySize largest request body accepted; larger ones answer 413 before anything is parsed */
@ConfigurationProperties("tandem.web")
public record WebProperties(@DefaultValue("256KB") DataSize maxBodySize) {}
