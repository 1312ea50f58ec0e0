package dev.tandem.command.account;

import org.springframework.data.repository.CrudRepository;

interface Invites extends CrudRepository<Invite, String> {}
