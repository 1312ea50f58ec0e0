package dev.tandem.query.replay;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The operator's rebuilds of the projections from the event store (HTTP Basic, never a business's login). */
@RestController
@RequestMapping("/api/operator")
class ReplayController {

    private final Replays replays;

    ReplayController(Replays replays) {
        this.replays = replays;
    }

    @GetMapping("/projections")
    List<String> projections() {
        return replays.projections();
    }

    /** Rebuilds the named projection, or every one without a body; follow it at the answer's location. */
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/replays")
    ResponseEntity<ReplayProgress> start(@RequestBody(required = false) ReplayRequest request) {
        var started = replays.start(Optional.ofNullable(request).map(ReplayRequest::projection));
        return ResponseEntity.accepted()
                .location(URI.create("/api/operator/replays/" + started.id()))
                .body(started);
    }

    @GetMapping("/replays/{id}")
    ReplayProgress progress(@PathVariable String id) {
        return replays.progress(id);
    }

    record ReplayRequest(String projection) {}
}
