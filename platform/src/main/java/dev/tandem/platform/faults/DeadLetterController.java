package dev.tandem.platform.faults;

import dev.tandem.api.Page;
import dev.tandem.api.errors.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The operator's view of the parked events (HTTP Basic, never a business's login). */
@RestController
@RequestMapping("/api/operator/dead-letters")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    Page<DeadLetters.Parked> list(
            @RequestParam(defaultValue = "" + Page.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String cursor) {
        if (limit < 1 || limit > Page.MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + Page.MAX_LIMIT);
        }
        return deadLetters.list(limit, cursor);
    }

    /** Handles the aggregate's parked events again; 409 with the cause when the first fails again. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{processor}/{sequenceId}/retry")
    ResponseEntity<Void> retry(@PathVariable String processor, @PathVariable String sequenceId) {
        deadLetters.retry(processor, sequenceId);
        return ResponseEntity.noContent().build();
    }

    /** Gives them up; rebuild the projection to have them back. */
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PostMapping("/{processor}/{sequenceId}/evict")
    ResponseEntity<Void> evict(@PathVariable String processor, @PathVariable String sequenceId) {
        deadLetters.evict(processor, sequenceId);
        return ResponseEntity.noContent().build();
    }
}
