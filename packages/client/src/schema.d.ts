// Generated from the server's /openapi.json by generate.mjs: do not edit.
export interface paths {
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers (no token) */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: the process and its database answer (no token) */
    get: operations['getReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prometheus metrics (text exposition format; admin and auditor tokens) */
    get: operations['getMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customers by id (a customer contact's list holds its own customer) */
    get: operations['listCustomers'];
    put?: never;
    /** Create a customer */
    post: operations['createCustomer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{customerId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer with its contacts and contracts */
    get: operations['getCustomer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{customerId}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer's contacts (removed ones are kept in the audit log, not listed) */
    get: operations['listContacts'];
    put?: never;
    /** Add a contact (a contract's designated-contact limit is enforced) */
    post: operations['addContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{customerId}/contacts/{contactId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of a customer's current contacts */
    get: operations['getContact'];
    put?: never;
    post?: never;
    /** Remove a contact (the claims it filed still name it; the audit log records who it was) */
    delete: operations['removeContact'];
    options?: never;
    head?: never;
    /** Change a contact, or transfer the designated role (the contracts' designated-contact limit is enforced) */
    patch: operations['updateContact'];
    trace?: never;
  };
  '/contracts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Contracts by id with their latest version (a customer contact's list holds its own contracts) */
    get: operations['listContracts'];
    put?: never;
    /** Publish a contract file as its next version */
    post: operations['publishContract'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A contract: its latest version with its text and order-form parameters, its versions and customers */
    get: operations['getContract'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/contracts/{id}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One version of a contract, as published */
    get: operations['getContractVersion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{customerId}/contracts/{contractId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Assign a customer a contract with the customer's order form */
    put: operations['assignContract'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Support requests by id, filtered by customer, status, severity and when they were opened */
    get: operations['listTickets'];
    put?: never;
    /** Open a support request */
    post: operations['openTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tickets/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record what happened to a support request */
    post: operations['recordTicketEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ticket-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record what happened to support requests, up to 500 events in one call
     * @description Each event is checked, recorded or refused on its own, as one POST /tickets/{id}/events would be: a refused event is answered in its place in `results`, and the others are recorded. A request's events are numbered in the order given. The call is answered once every recorded event is durable.
     */
    post: operations['recordTicketEvents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tickets/{id}/events/{seq}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One event of a support request, as recorded (with its time of receipt) */
    get: operations['getTicketEvent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tickets/{id}/fields': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Give request fields after opening: what the contract asks for once a request is open, or a correction (audited with its time of receipt) */
    patch: operations['supplyTicketFields'];
    trace?: never;
  };
  '/tickets/{id}/assignee': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who holds a request (the provider's staff; null: unassigned) */
    get: operations['getTicketAssignee'];
    /** Assign a request to one of the provider's users (null: unassign); the assignee is emailed its clock warnings and breaches */
    put: operations['assignTicket'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tickets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A support request with its clocks, explanations and events */
    get: operations['getTicket'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clocks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The live clock queue: by deadline, overdue requests (the longest overdue first), then open requests by their next warning or deadline, soonest first; by receipt, the same requests, the earliest made first (first in, first out, as a contract's queue.order may say) */
    get: operations['listClockQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/exclusions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Exclusions overlapping a range, by start; with a customer, those that apply to it */
    get: operations['listExclusions'];
    put?: never;
    /** Record an exclusion (maintenance, customer-caused, dependency failure, force majeure, …) */
    post: operations['recordExclusion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/exclusions/{exclusionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An exclusion (a customer contact reads everyone's and its own customer's) */
    get: operations['getExclusion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{customerId}/availability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A period's availability report: uptime, outages and their classification, exclusions, budget, credit */
    get: operations['getAvailabilityReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{customerId}/performance-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The performance report for the previous 30 days (TechJutsu SCSS §7.2) */
    get: operations['getPerformanceReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/calendars/{contractId}/{list}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Publish a provider's holiday list (its next version): open requests it moves are recomputed */
    put: operations['publishHolidayList'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/calendars/{contractId}/{list}/ical': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a holiday list from an iCalendar (.ics) file or URL: all-day events close their dates */
    post: operations['importHolidayList'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/calendars': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Provider-published holiday lists: how far each reaches, and which run out soon */
    get: operations['listHolidayLists'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The provider's services (every role reads them, as the status page shows them) */
    get: operations['listServices'];
    put?: never;
    /** Define one of the provider's services (admin) */
    post: operations['createService'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/services/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A service */
    get: operations['getService'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename a service or change its description (admin) */
    patch: operations['updateService'];
    trace?: never;
  };
  '/services/{id}/components': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A service's components */
    get: operations['listComponents'];
    put?: never;
    /** Add a component to a service (admin) */
    post: operations['addComponent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/services/{serviceId}/components/{componentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A component of a service */
    get: operations['getComponent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename a component (admin) */
    patch: operations['updateComponent'];
    trace?: never;
  };
  '/maintenance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Scheduled maintenance overlapping a range, by start */
    get: operations['listMaintenance'];
    put?: never;
    /** Publish maintenance: its notice goes out now; checked against each assigned contract's notice rule first */
    post: operations['scheduleMaintenance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/maintenance/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Scheduled maintenance with its notice checked against each assigned contract */
    get: operations['getMaintenance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/maintenance/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Call off maintenance that has not begun (it then excludes nothing) */
    post: operations['cancelMaintenance'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/maintenance/series/{seriesId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Call off a whole maintenance series: occurrences not begun are cancelled, one under way ends now; told once */
    post: operations['cancelMaintenanceSeries'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{customerId}/maintenance-windows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The recurring maintenance windows of a customer's contracts, in UTC, clipped to [from, to) */
    get: operations['listMaintenanceWindows'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{customerId}/status-page': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The customer's private status page (HTML): its contracts' components, its uptime this month, its maintenance */
    get: operations['getCustomerStatusPage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{customerId}/status-links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The customer's status links (without their tokens) */
    get: operations['listStatusLinks'];
    put?: never;
    /** Make a secret link to the customer's private status page; its path (with the token) is shown only now */
    post: operations['createStatusLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{customerId}/status-links/{linkId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of the customer's status links (without its token) */
    get: operations['getStatusLink'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{customerId}/status-links/{linkId}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke a status link: its page answers 404 from now on */
    post: operations['revokeStatusLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{customerId}/claims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer's claims in the order they were filed */
    get: operations['listClaims'];
    put?: never;
    /**
     * File a service-credit claim for a month (the customer's contact, or an admin on its behalf)
     * @description Decided at once with the contract's credit tiers and claim window; stored with its decision.
     */
    post: operations['fileClaim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{customerId}/claims/{claimId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A claim with its decision */
    get: operations['getClaim'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{customerId}/credits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The credit owed for a month per contract, and whether a claim is needed */
    get: operations['getCreditsOwed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{customerId}/credits/{period}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a month's credits: record each contract's decision as of now (audited when new or changed) */
    post: operations['closeCredits'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** API tokens in the order they were issued, revoked and expired ones included (never their secrets) */
    get: operations['listTokens'];
    put?: never;
    /** Issue an API token (shown once; stored hashed) */
    post: operations['issueToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tokens/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An API token (never its secret) */
    get: operations['getToken'];
    put?: never;
    post?: never;
    /** Revoke an API token */
    delete: operations['revokeToken'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check the audit log's hash chains */
    get: operations['verifyAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log in order of writing, with its hash chains (admins and auditors) */
    get: operations['listAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Registered endpoints, disabled ones included (never their secrets) */
    get: operations['listWebhooks'];
    put?: never;
    /** Register an endpoint for clock warnings and breaches (signed; the secret is shown once) */
    post: operations['registerWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A registered endpoint (never its secret) */
    get: operations['getWebhook'];
    put?: never;
    post?: never;
    /** Disable an endpoint: nothing more is queued or retried to it; its deliveries are kept */
    delete: operations['disableWebhook'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Deliveries by id with every attempt */
    get: operations['listWebhookDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notice-groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The provider's notice groups and their members (on-duty always listed) */
    get: operations['listNoticeGroups'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notice-groups/{groupId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a notice group's members (admin; audited): on-duty, or a group a contract names such as ceo */
    put: operations['setNoticeGroup'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Email outbox: every message per recipient with its attempts, sending and acceptance times */
    get: operations['listOutbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether this server still needs its first admin (a fresh store has no users) */
    get: operations['getSetup'];
    put?: never;
    /** Create the first admin on a fresh store, and sign in as them (refused once anyone exists) */
    post: operations['createFirstAdmin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The browser's session: who is signed in, and the CSRF token its writes must send */
    get: operations['getSession'];
    put?: never;
    /** Sign in with email and password (rate limited per email and per address; audited) */
    post: operations['signIn'];
    /** Sign out: the session ends and its cookie is cleared */
    delete: operations['signOut'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/session/ticket': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with a one-time link (`surety demo` prints them): the ticket is used up */
    post: operations['signInWithTicket'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation: choose a name and password; the account is created and signed in */
    post: operations['acceptInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Invitations, newest first, accepted and revoked ones included (never their links) */
    get: operations['listInvitations'];
    put?: never;
    /** Invite a person by email with a role (a customer contact with its customer): a one-time link */
    post: operations['createInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invitations/{invitationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An invitation, accepted, revoked or open (never its link) */
    get: operations['getInvitation'];
    put?: never;
    post?: never;
    /** Revoke an open invitation: its link no longer works */
    delete: operations['revokeInvitation'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** People who sign in, by email (the provider's staff; customers are refused) */
    get: operations['listUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename, change the role of, disable or re-enable a user (a role change or disabling ends the user's sessions) */
    patch: operations['updateUser'];
    trace?: never;
  };
  '/monitors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Monitors, by id */
    get: operations['listMonitors'];
    put?: never;
    /** Add a monitor to a service's component (admin); heartbeat and request-count monitors get a push token */
    post: operations['createMonitor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/monitors/{monitorId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A monitor */
    get: operations['getMonitor'];
    put?: never;
    post?: never;
    /** Remove a monitor and what it measured (admin) */
    delete: operations['deleteMonitor'];
    options?: never;
    head?: never;
    /** Change a monitor's check, schedule, locations or component (admin) */
    patch: operations['updateMonitor'];
    trace?: never;
  };
  '/monitors/{monitorId}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where a monitor stands now: failing and reporting locations, and what each last saw */
    get: operations['getMonitorStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/monitors/{monitorId}/days': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Daily bars from the rollups (UTC days before today) */
    get: operations['getMonitorDays'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/monitors/{monitorId}/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Failures confirmed by a second location, newest first, with the incident each opened */
    get: operations['listMonitorAlerts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/monitors/{monitorId}/alerts/{alertId}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a draft alert as a status incident, which notifies (staff) */
    post: operations['publishMonitorAlert'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/monitors/{monitorId}/heartbeat': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A job's beat, with the monitor's push token as the bearer token */
    post: operations['postHeartbeat'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/monitors/{monitorId}/request-counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Good/total request counts per interval, with the monitor's push token (SecurEnvoy-style SLIs) */
    post: operations['postRequestCounts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/probes/{location}/assignments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A probe location's checks, and the probe processes alive there that share them (staff token) */
    get: operations['getProbeAssignments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/probes/{location}/samples': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A batch of check results from a probe location (staff token) */
    post: operations['postProbeSamples'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{customerId}/contracts/{contractId}/availability-source': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which source rules the contract's availability for the customer: incidents, monitors or both */
    get: operations['getAvailabilitySource'];
    /** Choose the source of the contract's availability and the components its monitors cover (admin) */
    put: operations['setAvailabilitySource'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/events/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Live ticket changes (text/event-stream): `event: ticket`, data {ticketId, customerId, what, at}; refetch on each */
    get: operations['streamTicketChanges'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Incidents with their updates, newest first (provider-wide: every role reads them) */
    get: operations['listIncidents'];
    put?: never;
    /** Open an incident or unplanned maintenance (no end until an update resolves it; notifies contacts), or record one already over (start and end; notifies no one) */
    post: operations['openIncident'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/incidents/{incidentId}/updates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an update: status, text, and the components and impact from now on */
    post: operations['updateIncident'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/incidents/{incidentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An incident with its updates */
    get: operations['getIncident'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/incidents/{incidentId}/updates/{updateId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One update of an incident: its status, text, impact and components (its `id` in the incident's updates) */
    get: operations['getIncidentUpdate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{customerId}/contracts/{contractId}/statements/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The monthly SLA statement (JSON, or HTML, PDF, or CSV of its requests and clocks): issued and stored once the month has closed; a change makes a new revision */
    get: operations['getMonthlyStatement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/customers/{customerId}/contracts/{contractId}/performance-report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** TechJutsu §7.2: the performance report for the previous 30 days from the request, as HTML or PDF (format=json: its figures) */
    get: operations['getPerformanceDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/overview/compliance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A month's clocks per contract, severity and metric (met, breached, running, at risk, % met) and the % met by month */
    get: operations['getComplianceOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Problem: {
      /** @description URI of the code, in docs/errors.md */
      type: string;
      /** @description the code's title from the catalog, the same every time */
      title: string;
      status: number;
      /** @enum {string} */
      code:
        | 'bad_request'
        | 'unauthorized'
        | 'forbidden'
        | 'not_found'
        | 'route_not_found'
        | 'request_timeout'
        | 'conflict'
        | 'idempotency_key_reused'
        | 'too_large'
        | 'uri_too_long'
        | 'unsupported_media_type'
        | 'invalid'
        | 'rate_limited'
        | 'headers_too_large'
        | 'internal';
      /** @description this occurrence's own words */
      detail: string;
      /** @description the request path */
      instance: string;
      /** @description JSON pointer (RFC 6901) to the field at fault */
      field?: string;
      /**
       * @description the part of the request the field is in, when the request failed its schema
       * @enum {string}
       */
      in?: 'body' | 'querystring' | 'params' | 'headers';
      /** @description every field at fault, when there are several */
      errors?: {
        field: string;
        /**
         * @description the part of the request the field is in, when the request failed its schema
         * @enum {string}
         */
        in?: 'body' | 'querystring' | 'params' | 'headers';
        detail: string;
      }[];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok';
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ready';
          };
        };
      };
      /** @description Default Response */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'not_ready';
            reason: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMetrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Prometheus text exposition format 0.0.4 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string;
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCustomers: {
    parameters: {
      query?: {
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              name: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              createdAt: string;
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          id: string;
          name: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /customers/{customerId} */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            contacts: {
              id: string;
              name: string;
              email: string;
              /** @description a designated support contact (Invoca §2.4), counted against each assigned contract limit */
              designated: boolean;
              /** @description the roles it holds, as the customer's contracts name them; a contract tells these roles of unplanned maintenance and incidents (TechJutsu §5.1) */
              roles: string[];
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              createdAt: string;
            }[];
            contracts: {
              contractId: string;
              version: number;
              /** @description whether an order form supplies the contract parameters */
              orderForm: boolean;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCustomer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            contacts: {
              id: string;
              name: string;
              email: string;
              /** @description a designated support contact (Invoca §2.4), counted against each assigned contract limit */
              designated: boolean;
              /** @description the roles it holds, as the customer's contracts name them; a contract tells these roles of unplanned maintenance and incidents (TechJutsu §5.1) */
              roles: string[];
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              createdAt: string;
            }[];
            contracts: {
              contractId: string;
              version: number;
              /** @description whether an order form supplies the contract parameters */
              orderForm: boolean;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listContacts: {
    parameters: {
      query?: {
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        customerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              name: string;
              email: string;
              /** @description a designated support contact (Invoca §2.4), counted against each assigned contract limit */
              designated: boolean;
              /** @description the roles it holds, as the customer's contracts name them; a contract tells these roles of unplanned maintenance and incidents (TechJutsu §5.1) */
              roles: string[];
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              createdAt: string;
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** Format: email */
          email: string;
          /** @default false */
          designated?: boolean;
          /**
           * @description roles the customer's contracts name (TechJutsu: Customer SME, Alternative Customer Contact)
           * @default []
           */
          roles?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /customers/{customerId}/contacts/{contactId} */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            email: string;
            /** @description a designated support contact (Invoca §2.4), counted against each assigned contract limit */
            designated: boolean;
            /** @description the roles it holds, as the customer's contracts name them; a contract tells these roles of unplanned maintenance and incidents (TechJutsu §5.1) */
            roles: string[];
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
        contactId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            email: string;
            /** @description a designated support contact (Invoca §2.4), counted against each assigned contract limit */
            designated: boolean;
            /** @description the roles it holds, as the customer's contracts name them; a contract tells these roles of unplanned maintenance and incidents (TechJutsu §5.1) */
            roles: string[];
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  removeContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
        contactId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
        contactId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** Format: email */
          email?: string;
          designated?: boolean;
          /** @description replaces the roles it holds */
          roles?: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            email: string;
            /** @description a designated support contact (Invoca §2.4), counted against each assigned contract limit */
            designated: boolean;
            /** @description the roles it holds, as the customer's contracts name them; a contract tells these roles of unplanned maintenance and incidents (TechJutsu §5.1) */
            roles: string[];
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listContracts: {
    parameters: {
      query?: {
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @description the latest */
              version: number;
              title: string;
              provider: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              publishedAt: string;
              /** @description the customers assigned it (a customer contact's holds its own) */
              customers: string[];
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  publishContract: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description the contract YAML */
          source: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /contracts/{id}/versions/{version} */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
            title: string;
            provider: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            publishedAt: string;
            /** @description the contract YAML as published */
            source: string;
            /** @description parameters each order form must supply */
            awaitingOrderForm: string[];
            parameters: {
              name: string;
              type: string;
              description: string;
              clause: string | null;
              /** @description the order form must give it (used, and no default) */
              required: boolean;
            }[];
            /** @description the contract's severity levels, in its order */
            severities: {
              id: string;
              name: string;
              definition: string;
            }[];
            /** @description what a request under the contract is asked to give */
            requestFields: {
              id: string;
              label: string;
              /** @description needed to open a request; the others are asked for and shown as missing */
              required: boolean;
              /** @enum {string} */
              type: 'text' | 'contact' | 'choice';
              choices: string[] | null;
              clause: string | null;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getContract: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
            title: string;
            provider: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            publishedAt: string;
            /** @description the contract YAML as published */
            source: string;
            /** @description parameters each order form must supply */
            awaitingOrderForm: string[];
            parameters: {
              name: string;
              type: string;
              description: string;
              clause: string | null;
              /** @description the order form must give it (used, and no default) */
              required: boolean;
            }[];
            /** @description the contract's severity levels, in its order */
            severities: {
              id: string;
              name: string;
              definition: string;
            }[];
            /** @description what a request under the contract is asked to give */
            requestFields: {
              id: string;
              label: string;
              /** @description needed to open a request; the others are asked for and shown as missing */
              required: boolean;
              /** @enum {string} */
              type: 'text' | 'contact' | 'choice';
              choices: string[] | null;
              clause: string | null;
            }[];
            /** @description the customers assigned it (a customer contact's holds its own) */
            customers: string[];
            versions: {
              version: number;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              publishedAt: string;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getContractVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            version: number;
            title: string;
            provider: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            publishedAt: string;
            /** @description the contract YAML as published */
            source: string;
            /** @description parameters each order form must supply */
            awaitingOrderForm: string[];
            parameters: {
              name: string;
              type: string;
              description: string;
              clause: string | null;
              /** @description the order form must give it (used, and no default) */
              required: boolean;
            }[];
            /** @description the contract's severity levels, in its order */
            severities: {
              id: string;
              name: string;
              definition: string;
            }[];
            /** @description what a request under the contract is asked to give */
            requestFields: {
              id: string;
              label: string;
              /** @description needed to open a request; the others are asked for and shown as missing */
              required: boolean;
              /** @enum {string} */
              type: 'text' | 'contact' | 'choice';
              choices: string[] | null;
              clause: string | null;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  assignContract: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          version?: number;
          /** @description order-form YAML */
          orderForm?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            version: number;
            /** @description open requests moved to these terms */
            recomputed: number;
            moved: {
              ticket: string;
              clock: string;
              from: string | null;
              to: string | null;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTickets: {
    parameters: {
      query?: {
        customerId?: string;
        /** @description paused: open, with no clock running and one paused by its status */
        status?: 'open' | 'paused' | 'resolved' | 'closed';
        /** @description the current severity */
        severity?: string;
        /** @description ISO-8601 instant, inclusive */
        from?: string;
        /** @description ISO-8601 instant, exclusive */
        to?: string;
        /** @description a UTC month, YYYY-MM (instead of from/to) */
        period?: string;
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              customerId: string;
              contractId: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              openedAt: string;
              severity: string | null;
              /** @description paused: open, with no clock running and one paused by its status */
              status: ('open' | 'paused' | 'resolved' | 'closed') | null;
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  openTicket: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          id: string;
          customerId: string;
          contractId: string;
          severity: string;
          plan?: string;
          status?: string;
          /**
           * Format: date-time
           * @description when the request was made; default: its time of receipt
           */
          at?: string;
          /** @default {} */
          fields?: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /tickets/{id} */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            asOf: string;
            /** @description when the ticket's next clock warning or deadline falls due; null when no clock runs */
            nextDueAt: string | null;
            ticket: {
              id: string;
              customerId: string;
              contractId: string;
              contractVersion: number;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              openedAt: string;
              fields: {
                [key: string]: string;
              };
              /** @description fields the contract asks for that are not given yet */
              missingFields: {
                id: string;
                label: string;
                /** @description the clause that asks for it, when the contract cites one */
                clause: string | null;
              }[];
            };
            clocks: {
              ticket: string;
              customer: string | null;
              plan: string;
              severity: string;
              /** @description the status as last recorded (open, waiting_on_customer, …) */
              status: string;
              /** @enum {string} */
              phase: 'open' | 'resolved' | 'closed';
              /** @description when the earliest deadline still unmet passed, while the ticket is open; null when nothing is overdue */
              overdueSince: string | null;
              clocks: {
                /** @enum {string} */
                clock: 'first_response' | 'next_update' | 'resolution';
                cycle: number;
                severity: string;
                /** @enum {string} */
                status: 'running' | 'paused' | 'met' | 'breached' | 'cancelled';
                /** @description accruing business time now (a breached clock runs on until met) */
                running: boolean;
                /** @description the contract's duration as written, such as 4h or 2 business days */
                target: string;
                targetMs: number;
                calendar: string;
                /** @description JSON pointer into the contract: the target that sets this clock */
                rule: string;
                clause: string | null;
                startedAt: string | null;
                /** @description the deadline (when it passed, for a breached clock); null while paused */
                dueAt: string | null;
                warnings: {
                  /** @description the share of the target at which the warning falls, such as 75% */
                  point: string;
                  dueAt: string | null;
                }[];
                metAt: string | null;
                breachedAt: string | null;
                stoppedAt: string | null;
                elapsedMs: number;
                /** @description negative once past the deadline */
                remainingMs: number;
                pausedMs: number;
              }[];
              explanations: {
                at: string | null;
                /** @description the clock and its cycle, such as first_response#1 */
                clock: string;
                /** @enum {string} */
                change:
                  | 'started'
                  | 'paused'
                  | 'resumed'
                  | 'warning'
                  | 'breached'
                  | 'met'
                  | 'cancelled'
                  | 'retargeted'
                  | 'ignored';
                rule: string;
                cause: string;
                detail: string | null;
              }[];
            } | null;
            /** @description the provider's internal goals (internal_targets), never the contract's; null for a customer contact */
            internalClocks: {
              ticket: string;
              customer: string | null;
              plan: string;
              severity: string;
              /** @description the status as last recorded (open, waiting_on_customer, …) */
              status: string;
              /** @enum {string} */
              phase: 'open' | 'resolved' | 'closed';
              /** @description when the earliest deadline still unmet passed, while the ticket is open; null when nothing is overdue */
              overdueSince: string | null;
              clocks: {
                /** @enum {string} */
                clock: 'first_response' | 'next_update' | 'resolution';
                cycle: number;
                severity: string;
                /** @enum {string} */
                status: 'running' | 'paused' | 'met' | 'breached' | 'cancelled';
                /** @description accruing business time now (a breached clock runs on until met) */
                running: boolean;
                /** @description the contract's duration as written, such as 4h or 2 business days */
                target: string;
                targetMs: number;
                calendar: string;
                /** @description JSON pointer into the contract: the target that sets this clock */
                rule: string;
                clause: string | null;
                startedAt: string | null;
                /** @description the deadline (when it passed, for a breached clock); null while paused */
                dueAt: string | null;
                warnings: {
                  /** @description the share of the target at which the warning falls, such as 75% */
                  point: string;
                  dueAt: string | null;
                }[];
                metAt: string | null;
                breachedAt: string | null;
                stoppedAt: string | null;
                elapsedMs: number;
                /** @description negative once past the deadline */
                remainingMs: number;
                pausedMs: number;
              }[];
              explanations: {
                at: string | null;
                /** @description the clock and its cycle, such as first_response#1 */
                clock: string;
                /** @enum {string} */
                change:
                  | 'started'
                  | 'paused'
                  | 'resumed'
                  | 'warning'
                  | 'breached'
                  | 'met'
                  | 'cancelled'
                  | 'retargeted'
                  | 'ignored';
                rule: string;
                cause: string;
                detail: string | null;
              }[];
            } | null;
            events: {
              seq: number;
              /** @description opened, replied, status_changed, severity_changed, resolved, reopened, closed, clock_warning, clock_breached */
              type: string;
              /**
               * Format: date-time
               * @description when it happened (as stated, for a request)
               */
              at: string;
              /**
               * Format: date-time
               * @description when Surety recorded it
               */
              receivedAt: string;
              severity?: string;
              plan?: string;
              customer?: string;
              status?: string;
              /** @enum {string} */
              author?: 'agent' | 'customer' | 'system';
              public?: boolean;
              /** @description clock_warning, clock_breached: the clock and its cycle */
              clock?: string;
              /** @enum {string} */
              change?: 'warning' | 'breached';
              /**
               * Format: date-time
               * @description clock_warning, clock_breached: when it fell due
               */
              dueAt?: string;
              rule?: string;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordTicketEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              /** @enum {string} */
              type: 'replied';
              /** @enum {string} */
              author: 'agent' | 'customer' | 'system';
              /** @default true */
              public?: boolean;
              /** Format: date-time */
              at?: string;
            }
          | {
              /** @enum {string} */
              type: 'status_changed';
              status: string;
              /** Format: date-time */
              at?: string;
            }
          | {
              /** @enum {string} */
              type: 'severity_changed';
              severity: string;
              /** Format: date-time */
              at?: string;
            }
          | {
              /** @enum {string} */
              type: 'resolved';
              /** Format: date-time */
              at?: string;
            }
          | {
              /** @enum {string} */
              type: 'reopened';
              /** Format: date-time */
              at?: string;
            }
          | {
              /** @enum {string} */
              type: 'closed';
              /** Format: date-time */
              at?: string;
            };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /tickets/{id}/events/{seq} */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            seq: number;
            /** @description opened, replied, status_changed, severity_changed, resolved, reopened, closed, clock_warning, clock_breached */
            type: string;
            /**
             * Format: date-time
             * @description when it happened (as stated, for a request)
             */
            at: string;
            /**
             * Format: date-time
             * @description when Surety recorded it
             */
            receivedAt: string;
            severity?: string;
            plan?: string;
            customer?: string;
            status?: string;
            /** @enum {string} */
            author?: 'agent' | 'customer' | 'system';
            public?: boolean;
            /** @description clock_warning, clock_breached: the clock and its cycle */
            clock?: string;
            /** @enum {string} */
            change?: 'warning' | 'breached';
            /**
             * Format: date-time
             * @description clock_warning, clock_breached: when it fell due
             */
            dueAt?: string;
            rule?: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordTicketEvents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description in the order they happened: a request's events are numbered in this order */
          events: (
            | {
                /** @description the request the event happened to */
                ticketId: string;
                /** @enum {string} */
                type: 'replied';
                /** @enum {string} */
                author: 'agent' | 'customer' | 'system';
                /** @default true */
                public?: boolean;
                /** Format: date-time */
                at?: string;
              }
            | {
                /** @description the request the event happened to */
                ticketId: string;
                /** @enum {string} */
                type: 'status_changed';
                status: string;
                /** Format: date-time */
                at?: string;
              }
            | {
                /** @description the request the event happened to */
                ticketId: string;
                /** @enum {string} */
                type: 'severity_changed';
                severity: string;
                /** Format: date-time */
                at?: string;
              }
            | {
                /** @description the request the event happened to */
                ticketId: string;
                /** @enum {string} */
                type: 'resolved';
                /** Format: date-time */
                at?: string;
              }
            | {
                /** @description the request the event happened to */
                ticketId: string;
                /** @enum {string} */
                type: 'reopened';
                /** Format: date-time */
                at?: string;
              }
            | {
                /** @description the request the event happened to */
                ticketId: string;
                /** @enum {string} */
                type: 'closed';
                /** Format: date-time */
                at?: string;
              }
          )[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            recorded: number;
            refused: number;
            /** @description each event's outcome, in the order given */
            results: (
              | {
                  ticketId: string;
                  event: {
                    seq: number;
                    /** @description opened, replied, status_changed, severity_changed, resolved, reopened, closed, clock_warning, clock_breached */
                    type: string;
                    /**
                     * Format: date-time
                     * @description when it happened (as stated, for a request)
                     */
                    at: string;
                    /**
                     * Format: date-time
                     * @description when Surety recorded it
                     */
                    receivedAt: string;
                    severity?: string;
                    plan?: string;
                    customer?: string;
                    status?: string;
                    /** @enum {string} */
                    author?: 'agent' | 'customer' | 'system';
                    public?: boolean;
                    /** @description clock_warning, clock_breached: the clock and its cycle */
                    clock?: string;
                    /** @enum {string} */
                    change?: 'warning' | 'breached';
                    /**
                     * Format: date-time
                     * @description clock_warning, clock_breached: when it fell due
                     */
                    dueAt?: string;
                    rule?: string;
                  };
                }
              | {
                  ticketId: string;
                  refusal: {
                    /** @enum {string} */
                    code:
                      | 'bad_request'
                      | 'unauthorized'
                      | 'forbidden'
                      | 'not_found'
                      | 'route_not_found'
                      | 'request_timeout'
                      | 'conflict'
                      | 'idempotency_key_reused'
                      | 'too_large'
                      | 'uri_too_long'
                      | 'unsupported_media_type'
                      | 'invalid'
                      | 'rate_limited'
                      | 'headers_too_large'
                      | 'internal';
                    status: number;
                    /** @description the code's title from the catalog, the same every time */
                    title: string;
                    /** @description this occurrence's own words */
                    detail: string;
                    /** @description JSON pointer into the call: the event, or its field at fault */
                    field: string;
                  };
                }
            )[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTicketEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        seq: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            seq: number;
            /** @description opened, replied, status_changed, severity_changed, resolved, reopened, closed, clock_warning, clock_breached */
            type: string;
            /**
             * Format: date-time
             * @description when it happened (as stated, for a request)
             */
            at: string;
            /**
             * Format: date-time
             * @description when Surety recorded it
             */
            receivedAt: string;
            severity?: string;
            plan?: string;
            customer?: string;
            status?: string;
            /** @enum {string} */
            author?: 'agent' | 'customer' | 'system';
            public?: boolean;
            /** @description clock_warning, clock_breached: the clock and its cycle */
            clock?: string;
            /** @enum {string} */
            change?: 'warning' | 'breached';
            /**
             * Format: date-time
             * @description clock_warning, clock_breached: when it fell due
             */
            dueAt?: string;
            rule?: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  supplyTicketFields: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          fields: {
            [key: string]: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            fields: {
              [key: string]: string;
            };
            missingFields: {
              id: string;
              label: string;
              /** @description the clause that asks for it, when the contract cites one */
              clause: string | null;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTicketAssignee: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            ticketId: string;
            /** @description told by email of the request's clock warnings and breaches, with the on-duty group */
            assignee: {
              userId: string;
              name: string;
              email: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              assignedAt: string;
            } | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  assignTicket: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          userId: string | null;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            ticketId: string;
            /** @description told by email of the request's clock warnings and breaches, with the on-duty group */
            assignee: {
              userId: string;
              name: string;
              email: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              assignedAt: string;
            } | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTicket: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            asOf: string;
            /** @description when the ticket's next clock warning or deadline falls due; null when no clock runs */
            nextDueAt: string | null;
            ticket: {
              id: string;
              customerId: string;
              contractId: string;
              contractVersion: number;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              openedAt: string;
              fields: {
                [key: string]: string;
              };
              /** @description fields the contract asks for that are not given yet */
              missingFields: {
                id: string;
                label: string;
                /** @description the clause that asks for it, when the contract cites one */
                clause: string | null;
              }[];
            };
            clocks: {
              ticket: string;
              customer: string | null;
              plan: string;
              severity: string;
              /** @description the status as last recorded (open, waiting_on_customer, …) */
              status: string;
              /** @enum {string} */
              phase: 'open' | 'resolved' | 'closed';
              /** @description when the earliest deadline still unmet passed, while the ticket is open; null when nothing is overdue */
              overdueSince: string | null;
              clocks: {
                /** @enum {string} */
                clock: 'first_response' | 'next_update' | 'resolution';
                cycle: number;
                severity: string;
                /** @enum {string} */
                status: 'running' | 'paused' | 'met' | 'breached' | 'cancelled';
                /** @description accruing business time now (a breached clock runs on until met) */
                running: boolean;
                /** @description the contract's duration as written, such as 4h or 2 business days */
                target: string;
                targetMs: number;
                calendar: string;
                /** @description JSON pointer into the contract: the target that sets this clock */
                rule: string;
                clause: string | null;
                startedAt: string | null;
                /** @description the deadline (when it passed, for a breached clock); null while paused */
                dueAt: string | null;
                warnings: {
                  /** @description the share of the target at which the warning falls, such as 75% */
                  point: string;
                  dueAt: string | null;
                }[];
                metAt: string | null;
                breachedAt: string | null;
                stoppedAt: string | null;
                elapsedMs: number;
                /** @description negative once past the deadline */
                remainingMs: number;
                pausedMs: number;
              }[];
              explanations: {
                at: string | null;
                /** @description the clock and its cycle, such as first_response#1 */
                clock: string;
                /** @enum {string} */
                change:
                  | 'started'
                  | 'paused'
                  | 'resumed'
                  | 'warning'
                  | 'breached'
                  | 'met'
                  | 'cancelled'
                  | 'retargeted'
                  | 'ignored';
                rule: string;
                cause: string;
                detail: string | null;
              }[];
            } | null;
            /** @description the provider's internal goals (internal_targets), never the contract's; null for a customer contact */
            internalClocks: {
              ticket: string;
              customer: string | null;
              plan: string;
              severity: string;
              /** @description the status as last recorded (open, waiting_on_customer, …) */
              status: string;
              /** @enum {string} */
              phase: 'open' | 'resolved' | 'closed';
              /** @description when the earliest deadline still unmet passed, while the ticket is open; null when nothing is overdue */
              overdueSince: string | null;
              clocks: {
                /** @enum {string} */
                clock: 'first_response' | 'next_update' | 'resolution';
                cycle: number;
                severity: string;
                /** @enum {string} */
                status: 'running' | 'paused' | 'met' | 'breached' | 'cancelled';
                /** @description accruing business time now (a breached clock runs on until met) */
                running: boolean;
                /** @description the contract's duration as written, such as 4h or 2 business days */
                target: string;
                targetMs: number;
                calendar: string;
                /** @description JSON pointer into the contract: the target that sets this clock */
                rule: string;
                clause: string | null;
                startedAt: string | null;
                /** @description the deadline (when it passed, for a breached clock); null while paused */
                dueAt: string | null;
                warnings: {
                  /** @description the share of the target at which the warning falls, such as 75% */
                  point: string;
                  dueAt: string | null;
                }[];
                metAt: string | null;
                breachedAt: string | null;
                stoppedAt: string | null;
                elapsedMs: number;
                /** @description negative once past the deadline */
                remainingMs: number;
                pausedMs: number;
              }[];
              explanations: {
                at: string | null;
                /** @description the clock and its cycle, such as first_response#1 */
                clock: string;
                /** @enum {string} */
                change:
                  | 'started'
                  | 'paused'
                  | 'resumed'
                  | 'warning'
                  | 'breached'
                  | 'met'
                  | 'cancelled'
                  | 'retargeted'
                  | 'ignored';
                rule: string;
                cause: string;
                detail: string | null;
              }[];
            } | null;
            events: {
              seq: number;
              /** @description opened, replied, status_changed, severity_changed, resolved, reopened, closed, clock_warning, clock_breached */
              type: string;
              /**
               * Format: date-time
               * @description when it happened (as stated, for a request)
               */
              at: string;
              /**
               * Format: date-time
               * @description when Surety recorded it
               */
              receivedAt: string;
              severity?: string;
              plan?: string;
              customer?: string;
              status?: string;
              /** @enum {string} */
              author?: 'agent' | 'customer' | 'system';
              public?: boolean;
              /** @description clock_warning, clock_breached: the clock and its cycle */
              clock?: string;
              /** @enum {string} */
              change?: 'warning' | 'breached';
              /**
               * Format: date-time
               * @description clock_warning, clock_breached: when it fell due
               */
              dueAt?: string;
              rule?: string;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listClockQueue: {
    parameters: {
      query?: {
        customerId?: string;
        /** @description only this contract's requests */
        contractId?: string;
        /** @description deadline or receipt; default: the order the contract declares (queue.order) when contractId is given, else deadline */
        order?: 'deadline' | 'receipt';
        /** @description the current severity */
        severity?: string;
        /** @description staff: only the requests assigned to this user */
        assigneeId?: string;
        /** @description staff: true for only the requests assigned to no one (not with assigneeId) */
        unassigned?: 'true';
        /** @description ISO-8601 instant: only requests whose next warning or deadline falls before it (overdue ones did) */
        before?: string;
        /** @description true: only the overdue requests; false: only the others; both when absent */
        overdue?: 'true' | 'false';
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              customerId: string;
              contractId: string;
              /**
               * Format: date-time
               * @description when the request was made: the order of a first-in-first-out queue
               */
              openedAt: string;
              /**
               * @description the order in which the request's contract says its requests are worked
               * @enum {string}
               */
              contractOrder: 'deadline' | 'receipt';
              severity: string | null;
              /** @description the request's status as last recorded (open, waiting_on_customer, …) */
              status: string | null;
              /** @description when its earliest deadline still unmet passed; null when not overdue */
              overdueSince: string | null;
              /** @description when the next warning or deadline falls due (in the past while its timer is late); null when nothing more does */
              nextAt: string | null;
              /** @description what falls due at nextAt */
              next: {
                clock: string;
                cycle: number;
                /** @enum {string} */
                kind: 'warning' | 'deadline';
              } | null;
              /** @description the provider's user the request is assigned to; null when no one (always null for a customer contact) */
              assigneeId: string | null;
              /** @description the clocks still measured: running, paused, or breached and not yet met */
              clocks: {
                clock: string;
                cycle: number;
                /** @enum {string} */
                status: 'running' | 'paused' | 'breached';
                /** @description the deadline (when it passed, for a breached clock); null while paused */
                dueAt: string | null;
                /** @description business time left as of the response; negative once past the deadline */
                remainingMs: number;
                /** @description a countdown runs only while the business hours are open */
                hours: {
                  /** @description whether the clock's business hours are open at the response instant */
                  open: boolean;
                  /** @description when they next close (or open); null when never (24x7) */
                  changesAt: string | null;
                };
              }[];
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listExclusions: {
    parameters: {
      query?: {
        /** @description everyone's exclusions and this customer's own */
        customerId?: string;
        category?: string;
        serviceId?: string;
        /** @description ISO-8601 instant, inclusive */
        from?: string;
        /** @description ISO-8601 instant, exclusive */
        to?: string;
        /** @description a UTC month, YYYY-MM (instead of from/to) */
        period?: string;
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              customerId: string | null;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              start: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              end: string;
              category: string;
              reason: string;
              noticeAt: string | null;
              communicatedAt: string | null;
              serviceId: string | null;
              componentId: string | null;
              /** @description cancelled maintenance: kept as a record, excludes nothing */
              cancelledAt: string | null;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              createdAt: string;
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  recordExclusion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description omit for an exclusion that applies to every customer */
          customerId?: string;
          /** Format: date-time */
          start: string;
          /** Format: date-time */
          end: string;
          category: string;
          reason: string;
          /**
           * Format: date-time
           * @description scheduled maintenance: when its notice went out
           */
          noticeAt?: string;
          /**
           * Format: date-time
           * @description unplanned maintenance: when the customer received the communication
           */
          communicatedAt?: string;
          /** @description the service affected; omit for the whole offering */
          serviceId?: string;
          /** @description a component of that service */
          componentId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /exclusions/{exclusionId} */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            customerId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            start: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            end: string;
            category: string;
            reason: string;
            noticeAt: string | null;
            communicatedAt: string | null;
            serviceId: string | null;
            componentId: string | null;
            /** @description cancelled maintenance: kept as a record, excludes nothing */
            cancelledAt: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getExclusion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        exclusionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            customerId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            start: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            end: string;
            category: string;
            reason: string;
            noticeAt: string | null;
            communicatedAt: string | null;
            serviceId: string | null;
            componentId: string | null;
            /** @description cancelled maintenance: kept as a record, excludes nothing */
            cancelledAt: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAvailabilityReport: {
    parameters: {
      query: {
        contractId: string;
        /** @description 2026-02, 2026-Q1, 2026-W07, 2026-02-14, 2026, or FROM/TO */
        period: string;
      };
      header?: never;
      path: {
        customerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            met: boolean;
            /** @description false: the contract states a target, not a guarantee */
            guarantee: boolean;
            time: {
              period: {
                label: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 instant, UTC, with milliseconds
                 */
                start: string;
                /**
                 * Format: date-time
                 * @description exclusive
                 */
                end: string;
                /** @description the contract zone that names the period */
                zone: string;
              };
              target: {
                text: string;
                scaled: number;
                scale: number;
              };
              /**
               * @description scheduled: the period less excluded time
               * @enum {string}
               */
              denominator: 'period' | 'scheduled';
              periodMs: number;
              excludedMs: number;
              outageMs: number;
              /** @description the counted downtime itself: outages less exclusions, within the period */
              counted: {
                /**
                 * Format: date-time
                 * @description ISO-8601 instant, UTC, with milliseconds
                 */
                start: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 instant, UTC, with milliseconds
                 */
                end: string;
              }[];
              /** @description numerator of the uptime fraction, ms */
              good: number;
              /** @description denominator of the uptime fraction, ms */
              total: number;
              /** @description never rounded up across the target */
              uptime: string;
              met: boolean;
              outages: {
                /**
                 * Format: date-time
                 * @description ISO-8601 instant, UTC, with milliseconds
                 */
                start: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 instant, UTC, with milliseconds
                 */
                end: string;
                durationMs: number;
                countedMs: number;
                excludedMs: number;
                /** @enum {string} */
                classification: 'counted' | 'excluded' | 'partly_excluded';
                coveredBy: {
                  exclusion: string;
                  /** @enum {string} */
                  category:
                    | 'scheduled_maintenance'
                    | 'recurring_maintenance'
                    | 'scheduled_upgrade'
                    | 'unplanned_maintenance'
                    | 'emergency_maintenance'
                    | 'customer_caused'
                    | 'dependency_failure'
                    | 'force_majeure';
                  ms: number;
                }[];
              }[];
              /** @description every millisecond of the period is in exactly one of these */
              classes: {
                available: number;
                outage: number;
                excluded: {
                  [key: string]: number;
                };
              };
              decisions: {
                exclusion: {
                  /**
                   * Format: date-time
                   * @description ISO-8601 instant, UTC, with milliseconds
                   */
                  start: string;
                  /**
                   * Format: date-time
                   * @description ISO-8601 instant, UTC, with milliseconds
                   */
                  end: string;
                  id: string;
                  /** @enum {string} */
                  category:
                    | 'scheduled_maintenance'
                    | 'recurring_maintenance'
                    | 'scheduled_upgrade'
                    | 'unplanned_maintenance'
                    | 'emergency_maintenance'
                    | 'customer_caused'
                    | 'dependency_failure'
                    | 'force_majeure';
                  reason: string;
                  noticeAt: string | null;
                  communicatedAt: string | null;
                };
                excluded: boolean;
                rule: string;
                /** @description for a refusal or a flag: what fell short */
                note: string | null;
                flagged: boolean;
              }[];
              budget: {
                allowedMs: number;
                usedMs: number;
                remainingMs: number;
              };
            } | null;
            requests: {
              period: {
                label: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 instant, UTC, with milliseconds
                 */
                start: string;
                /**
                 * Format: date-time
                 * @description exclusive
                 */
                end: string;
                /** @description the contract zone that names the period */
                zone: string;
              };
              target: {
                text: string;
                scaled: number;
                scale: number;
              };
              total: number;
              failed: number;
              /** @description in excluded intervals, or failures in excluded categories */
              excludedRequests: number;
              good: number;
              uptime: string;
              met: boolean;
              budget: {
                allowedFailures: number;
                usedFailures: number;
                remainingFailures: number;
              };
            } | null;
            /** @description months only */
            credit: {
              credit: number;
              /** @enum {string} */
              form: 'licence_days' | 'fee_percent' | 'none';
              tier: {
                /** @description uptime strictly below this */
                below: {
                  text: string;
                  scaled: number;
                  scale: number;
                } | null;
                /** @description uptime at or below this */
                atMost: {
                  text: string;
                  scaled: number;
                  scale: number;
                } | null;
                /** @description uptime at or above this */
                atLeast: {
                  text: string;
                  scaled: number;
                  scale: number;
                } | null;
                /** @description uptime strictly above this */
                above: {
                  text: string;
                  scaled: number;
                  scale: number;
                } | null;
                credit: number;
                rule: string;
              } | null;
              capped: boolean;
              rule: string;
            } | null;
            /** @description maintenance downtime per week against the contract aim, where it states one (never a breach) */
            maintenanceAim: {
              aimMs: number;
              weeks: {
                /**
                 * Format: date-time
                 * @description ISO-8601 instant, UTC, with milliseconds
                 */
                start: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 instant, UTC, with milliseconds
                 */
                end: string;
                downtimeMs: number;
                met: boolean;
              }[];
            } | null;
            /** @description where the contract's own table of allowable downtime states a figure for this kind of period */
            stated: {
              /** @enum {string} */
              kind: 'day' | 'week' | 'month' | 'quarter' | 'year';
              statedMs: number;
              formulaMs: number;
              /** @enum {string} */
              rules: 'formula';
            } | null;
            /** @description which source rules the report (null: files, from the CLI) */
            source: {
              customerId: string;
              contractId: string;
              /**
               * @description incidents: declared incidents only; monitors: what Surety measured; both: their union
               * @enum {string}
               */
              rules: 'incidents' | 'monitors' | 'both';
              components: {
                serviceId: string;
                /**
                 * @description null: every monitor of the service
                 * @default null
                 */
                componentId: string | null;
              }[];
              updatedAt: string | null;
            } | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPerformanceReport: {
    parameters: {
      query: {
        contractId: string;
      };
      header?: never;
      path: {
        customerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            customerId: string;
            contractId: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            requestedAt: string;
            range: {
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              from: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              to: string;
            };
            clause: string;
            availability:
              | {
                  met: boolean;
                  /** @description false: the contract states a target, not a guarantee */
                  guarantee: boolean;
                  time: {
                    period: {
                      label: string;
                      /**
                       * Format: date-time
                       * @description ISO-8601 instant, UTC, with milliseconds
                       */
                      start: string;
                      /**
                       * Format: date-time
                       * @description exclusive
                       */
                      end: string;
                      /** @description the contract zone that names the period */
                      zone: string;
                    };
                    target: {
                      text: string;
                      scaled: number;
                      scale: number;
                    };
                    /**
                     * @description scheduled: the period less excluded time
                     * @enum {string}
                     */
                    denominator: 'period' | 'scheduled';
                    periodMs: number;
                    excludedMs: number;
                    outageMs: number;
                    /** @description the counted downtime itself: outages less exclusions, within the period */
                    counted: {
                      /**
                       * Format: date-time
                       * @description ISO-8601 instant, UTC, with milliseconds
                       */
                      start: string;
                      /**
                       * Format: date-time
                       * @description ISO-8601 instant, UTC, with milliseconds
                       */
                      end: string;
                    }[];
                    /** @description numerator of the uptime fraction, ms */
                    good: number;
                    /** @description denominator of the uptime fraction, ms */
                    total: number;
                    /** @description never rounded up across the target */
                    uptime: string;
                    met: boolean;
                    outages: {
                      /**
                       * Format: date-time
                       * @description ISO-8601 instant, UTC, with milliseconds
                       */
                      start: string;
                      /**
                       * Format: date-time
                       * @description ISO-8601 instant, UTC, with milliseconds
                       */
                      end: string;
                      durationMs: number;
                      countedMs: number;
                      excludedMs: number;
                      /** @enum {string} */
                      classification: 'counted' | 'excluded' | 'partly_excluded';
                      coveredBy: {
                        exclusion: string;
                        /** @enum {string} */
                        category:
                          | 'scheduled_maintenance'
                          | 'recurring_maintenance'
                          | 'scheduled_upgrade'
                          | 'unplanned_maintenance'
                          | 'emergency_maintenance'
                          | 'customer_caused'
                          | 'dependency_failure'
                          | 'force_majeure';
                        ms: number;
                      }[];
                    }[];
                    /** @description every millisecond of the period is in exactly one of these */
                    classes: {
                      available: number;
                      outage: number;
                      excluded: {
                        [key: string]: number;
                      };
                    };
                    decisions: {
                      exclusion: {
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant, UTC, with milliseconds
                         */
                        start: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant, UTC, with milliseconds
                         */
                        end: string;
                        id: string;
                        /** @enum {string} */
                        category:
                          | 'scheduled_maintenance'
                          | 'recurring_maintenance'
                          | 'scheduled_upgrade'
                          | 'unplanned_maintenance'
                          | 'emergency_maintenance'
                          | 'customer_caused'
                          | 'dependency_failure'
                          | 'force_majeure';
                        reason: string;
                        noticeAt: string | null;
                        communicatedAt: string | null;
                      };
                      excluded: boolean;
                      rule: string;
                      /** @description for a refusal or a flag: what fell short */
                      note: string | null;
                      flagged: boolean;
                    }[];
                    budget: {
                      allowedMs: number;
                      usedMs: number;
                      remainingMs: number;
                    };
                  } | null;
                  requests: {
                    period: {
                      label: string;
                      /**
                       * Format: date-time
                       * @description ISO-8601 instant, UTC, with milliseconds
                       */
                      start: string;
                      /**
                       * Format: date-time
                       * @description exclusive
                       */
                      end: string;
                      /** @description the contract zone that names the period */
                      zone: string;
                    };
                    target: {
                      text: string;
                      scaled: number;
                      scale: number;
                    };
                    total: number;
                    failed: number;
                    /** @description in excluded intervals, or failures in excluded categories */
                    excludedRequests: number;
                    good: number;
                    uptime: string;
                    met: boolean;
                    budget: {
                      allowedFailures: number;
                      usedFailures: number;
                      remainingFailures: number;
                    };
                  } | null;
                  /** @description months only */
                  credit: {
                    credit: number;
                    /** @enum {string} */
                    form: 'licence_days' | 'fee_percent' | 'none';
                    tier: {
                      /** @description uptime strictly below this */
                      below: {
                        text: string;
                        scaled: number;
                        scale: number;
                      } | null;
                      /** @description uptime at or below this */
                      atMost: {
                        text: string;
                        scaled: number;
                        scale: number;
                      } | null;
                      /** @description uptime at or above this */
                      atLeast: {
                        text: string;
                        scaled: number;
                        scale: number;
                      } | null;
                      /** @description uptime strictly above this */
                      above: {
                        text: string;
                        scaled: number;
                        scale: number;
                      } | null;
                      credit: number;
                      rule: string;
                    } | null;
                    capped: boolean;
                    rule: string;
                  } | null;
                  /** @description maintenance downtime per week against the contract aim, where it states one (never a breach) */
                  maintenanceAim: {
                    aimMs: number;
                    weeks: {
                      /**
                       * Format: date-time
                       * @description ISO-8601 instant, UTC, with milliseconds
                       */
                      start: string;
                      /**
                       * Format: date-time
                       * @description ISO-8601 instant, UTC, with milliseconds
                       */
                      end: string;
                      downtimeMs: number;
                      met: boolean;
                    }[];
                  } | null;
                  /** @description where the contract's own table of allowable downtime states a figure for this kind of period */
                  stated: {
                    /** @enum {string} */
                    kind: 'day' | 'week' | 'month' | 'quarter' | 'year';
                    statedMs: number;
                    formulaMs: number;
                    /** @enum {string} */
                    rules: 'formula';
                  } | null;
                  /** @description which source rules the report (null: files, from the CLI) */
                  source: {
                    customerId: string;
                    contractId: string;
                    /**
                     * @description incidents: declared incidents only; monitors: what Surety measured; both: their union
                     * @enum {string}
                     */
                    rules: 'incidents' | 'monitors' | 'both';
                    components: {
                      serviceId: string;
                      /**
                       * @description null: every monitor of the service
                       * @default null
                       */
                      componentId: string | null;
                    }[];
                    updatedAt: string | null;
                  } | null;
                }
              | {
                  /** @description why the contract gives no availability figure for the range */
                  unavailable: string;
                };
            /** @description requests opened in the range */
            tickets: number;
            clocks: {
              clock: string;
              severity: string;
              met: number;
              breached: number;
              running: number;
              /** @description paused or cancelled */
              other: number;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  publishHolidayList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        contractId: string;
        list: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          dates: {
            date: string;
            name?: string;
            /** @description a partial-day closure starts (local time); default 00:00 */
            from?: string;
            /** @description and ends; default 24:00 */
            to?: string;
          }[];
          /** @description the last date the list answers for; default 31 December of its last date's year */
          through?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            contractId: string;
            list: string;
            version: number;
            /** @description the last date the list answers for */
            through: string;
            /** @description how many closed dates it holds */
            dates: number;
            /** @description open requests re-derived under it */
            recomputed: number;
            /** @description every deadline the new list moved */
            moved: {
              customerId: string;
              ticket: string;
              clock: string;
              from: string | null;
              to: string | null;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  importHolidayList: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        contractId: string;
        list: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description the iCalendar text */
          ics?: string;
          /**
           * Format: uri
           * @description or where to fetch it
           */
          url?: string;
          through?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            contractId: string;
            list: string;
            version: number;
            /** @description the last date the list answers for */
            through: string;
            /** @description how many closed dates it holds */
            dates: number;
            /** @description open requests re-derived under it */
            recomputed: number;
            /** @description every deadline the new list moved */
            moved: {
              customerId: string;
              ticket: string;
              clock: string;
              from: string | null;
              to: string | null;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listHolidayLists: {
    parameters: {
      query?: {
        contractId?: string;
        warnWithinDays?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              contractId: string;
              list: string;
              calendars: string[];
              /** @description 0: the contract's initial copy */
              version: number;
              /** @description the last date the list answers for; null when it holds no date */
              through: string | null;
              /** @enum {string} */
              origin: 'contract' | 'published';
              /** @description runs out within warnWithinDays: publish the next list */
              endsSoon: boolean;
              versions: {
                version: number;
                through: string;
                origin: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 instant, UTC, with milliseconds
                 */
                publishedAt: string;
                publishedBy: string;
              }[];
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listServices: {
    parameters: {
      query?: {
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              name: string;
              description: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              createdAt: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              updatedAt: string;
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createService: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          id: string;
          name: string;
          /** @default  */
          description?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /services/{id} */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            description: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            updatedAt: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getService: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            description: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            updatedAt: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateService: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          description?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            name: string;
            description: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            updatedAt: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listComponents: {
    parameters: {
      query?: {
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              serviceId: string;
              id: string;
              name: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              createdAt: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              updatedAt: string;
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addComponent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          id: string;
          name: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /services/{serviceId}/components/{componentId} */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            serviceId: string;
            id: string;
            name: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            updatedAt: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getComponent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        serviceId: string;
        componentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            serviceId: string;
            id: string;
            name: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            updatedAt: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateComponent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        serviceId: string;
        componentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            serviceId: string;
            id: string;
            name: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            updatedAt: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMaintenance: {
    parameters: {
      query?: {
        /** @description what applies to this customer: everyone's and its own */
        customerId?: string;
        status?: 'scheduled' | 'in_progress' | 'completed' | 'cancelled';
        serviceId?: string;
        /** @description ISO-8601 instant, inclusive */
        from?: string;
        /** @description ISO-8601 instant, exclusive */
        to?: string;
        /** @description a UTC month, YYYY-MM (instead of from/to) */
        period?: string;
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @description null: maintenance for every customer */
              customerId: string | null;
              serviceId: string | null;
              componentId: string | null;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              start: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              end: string;
              reason: string;
              noticeAt: string | null;
              /** @enum {string} */
              status: 'scheduled' | 'in_progress' | 'completed' | 'cancelled';
              cancelledAt: string | null;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              createdAt: string;
              /** @description the series it was published in (repeat); null: published on its own */
              seriesId: string | null;
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  scheduleMaintenance: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description omit for maintenance that affects every customer */
          customerId?: string;
          serviceId?: string;
          componentId?: string;
          /** Format: date-time */
          start: string;
          /** Format: date-time */
          end: string;
          reason: string;
          /**
           * Format: date-time
           * @description when the notice went out, if before this publication; omitted: now (publishing sends it)
           */
          noticeAt?: string;
          /** @description publish although the notice is short for a contract under which the window then counts (else 409) */
          acceptShortNotice?: boolean;
          /** @description publish a series: each occurrence is a maintenance of its own, with its notice check and its reminder */
          repeat?: {
            /** @enum {string} */
            every: 'day' | 'week';
            /** @description occurrences in all, the first included */
            count: number;
            /**
             * @description the zone whose wall-clock time the occurrences keep
             * @default UTC
             */
            zone?: string;
          };
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /maintenance/{id} */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @description null: maintenance for every customer */
            customerId: string | null;
            serviceId: string | null;
            componentId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            start: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            end: string;
            reason: string;
            noticeAt: string | null;
            /** @enum {string} */
            status: 'scheduled' | 'in_progress' | 'completed' | 'cancelled';
            cancelledAt: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            /** @description the series it was published in (repeat); null: published on its own */
            seriesId: string | null;
            /** @description per assigned contract: was the notice enough, and is the window excluded */
            notice: {
              customerId: string;
              contractId: string;
              contractVersion: number;
              /** @description the notice the contract asks for ("7 business days", "1 week"); null when it sets none */
              required: string | null;
              /** @description null when no notice rule applies */
              sufficient: boolean | null;
              /**
               * @description what the maintenance window does to downtime
               * @enum {string}
               */
              effect: 'excluded' | 'counted' | 'not measured';
              /** @description short notice the contract tolerates but reports (TechJutsu §3.1.1) */
              flagged: boolean;
              rule: string;
              clause: string | null;
              note: string | null;
              /** @description against the contract's regular maintenance windows (inside: no notice needed; outside: the work deviates and the notice rule decides); null: it has none */
              window: ('inside' | 'outside') | null;
            }[];
            /** @description published with repeat: every occurrence, this first one included, each a maintenance of its own */
            occurrences: {
              id: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              start: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              end: string;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMaintenance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @description null: maintenance for every customer */
            customerId: string | null;
            serviceId: string | null;
            componentId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            start: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            end: string;
            reason: string;
            noticeAt: string | null;
            /** @enum {string} */
            status: 'scheduled' | 'in_progress' | 'completed' | 'cancelled';
            cancelledAt: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            /** @description the series it was published in (repeat); null: published on its own */
            seriesId: string | null;
            /** @description per assigned contract: was the notice enough, and is the window excluded */
            notice: {
              customerId: string;
              contractId: string;
              contractVersion: number;
              /** @description the notice the contract asks for ("7 business days", "1 week"); null when it sets none */
              required: string | null;
              /** @description null when no notice rule applies */
              sufficient: boolean | null;
              /**
               * @description what the maintenance window does to downtime
               * @enum {string}
               */
              effect: 'excluded' | 'counted' | 'not measured';
              /** @description short notice the contract tolerates but reports (TechJutsu §3.1.1) */
              flagged: boolean;
              rule: string;
              clause: string | null;
              note: string | null;
              /** @description against the contract's regular maintenance windows (inside: no notice needed; outside: the work deviates and the notice rule decides); null: it has none */
              window: ('inside' | 'outside') | null;
            }[];
            /** @description published with repeat: every occurrence, this first one included, each a maintenance of its own */
            occurrences: {
              id: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              start: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              end: string;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelMaintenance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @description null: maintenance for every customer */
            customerId: string | null;
            serviceId: string | null;
            componentId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            start: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            end: string;
            reason: string;
            noticeAt: string | null;
            /** @enum {string} */
            status: 'scheduled' | 'in_progress' | 'completed' | 'cancelled';
            cancelledAt: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            /** @description the series it was published in (repeat); null: published on its own */
            seriesId: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelMaintenanceSeries: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        seriesId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            seriesId: string;
            /** @description by start: cancelled, completed (over before, or ended now if it was under way), or as they were */
            occurrences: {
              id: string;
              /** @description null: maintenance for every customer */
              customerId: string | null;
              serviceId: string | null;
              componentId: string | null;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              start: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              end: string;
              reason: string;
              noticeAt: string | null;
              /** @enum {string} */
              status: 'scheduled' | 'in_progress' | 'completed' | 'cancelled';
              cancelledAt: string | null;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              createdAt: string;
              /** @description the series it was published in (repeat); null: published on its own */
              seriesId: string | null;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMaintenanceWindows: {
    parameters: {
      query: {
        from: string;
        to: string;
        contractId?: string;
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        customerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              contractId: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              start: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              end: string;
              /** @description the zone the contract states its windows in (Tactful: the customer's server zone) */
              zone: string;
              clause: string | null;
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCustomerStatusPage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page, as HTML */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string;
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listStatusLinks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              customerId: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              createdAt: string;
              revokedAt: string | null;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createStatusLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /customers/{customerId}/status-links/{linkId} */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            customerId: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            revokedAt: string | null;
            /** @description shown once: the secret path of the page, /status/private/{token} */
            path: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getStatusLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
        linkId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            customerId: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            revokedAt: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revokeStatusLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
        linkId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            customerId: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            revokedAt: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listClaims: {
    parameters: {
      query?: {
        status?: 'accepted' | 'rejected';
        /** @description the month claimed */
        period?: string;
        /** @description filed at or after */
        from?: string;
        /** @description filed before */
        to?: string;
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        customerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              customerId: string;
              contractId: string;
              period: string;
              contactId: string | null;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              filedAt: string;
              filedBy: string;
              /** @description the day service was affected, from which the claim window runs */
              affectedAt: string | null;
              /** @description the end of the claim window (exclusive) */
              deadline: string | null;
              /** @enum {string} */
              outcome: 'accepted' | 'rejected';
              /** @description the credit granted (0 when rejected), in the contract's form */
              credit: number;
              form: string;
              uptime: string | null;
              /** @description the contract rule that decided */
              rule: string;
              reason: string;
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  fileClaim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description the month claimed, YYYY-MM in the contract's zone */
          period: string;
          /** @description needed when the customer has more than one contract */
          contractId?: string;
          /** @description the contact making the claim */
          contactId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /customers/{customerId}/claims/{claimId} */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            customerId: string;
            contractId: string;
            period: string;
            contactId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            filedAt: string;
            filedBy: string;
            /** @description the day service was affected, from which the claim window runs */
            affectedAt: string | null;
            /** @description the end of the claim window (exclusive) */
            deadline: string | null;
            /** @enum {string} */
            outcome: 'accepted' | 'rejected';
            /** @description the credit granted (0 when rejected), in the contract's form */
            credit: number;
            form: string;
            uptime: string | null;
            /** @description the contract rule that decided */
            rule: string;
            reason: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getClaim: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
        claimId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            customerId: string;
            contractId: string;
            period: string;
            contactId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            filedAt: string;
            filedBy: string;
            /** @description the day service was affected, from which the claim window runs */
            affectedAt: string | null;
            /** @description the end of the claim window (exclusive) */
            deadline: string | null;
            /** @enum {string} */
            outcome: 'accepted' | 'rejected';
            /** @description the credit granted (0 when rejected), in the contract's form */
            credit: number;
            form: string;
            uptime: string | null;
            /** @description the contract rule that decided */
            rule: string;
            reason: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCreditsOwed: {
    parameters: {
      query: {
        /** @description YYYY-MM in the contract's zone */
        period: string;
        contractId?: string;
      };
      header?: never;
      path: {
        customerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            customerId: string;
            period: string;
            credits: {
              contractId: string;
              /** @enum {string} */
              outcome: 'owed' | 'claim needed' | 'claim window closed' | 'nothing owed' | 'not measured';
              uptime: string | null;
              /** @description the credit the month earns under the contract's tiers, capped, in the contract's form */
              credit: number;
              form: string;
              /** @description what is owed now (0 until a needed claim is accepted) */
              owed: number;
              claimNeeded: boolean;
              /** @description the end of the claim window, where the contract sets one and a credit is earned */
              deadline: string | null;
              claimId: string | null;
              rule: string;
              reason: string;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  closeCredits: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
        /** @description YYYY-MM in the contract's zone */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            customerId: string;
            period: string;
            credits: {
              contractId: string;
              /** @enum {string} */
              outcome: 'owed' | 'claim needed' | 'claim window closed' | 'nothing owed' | 'not measured';
              uptime: string | null;
              /** @description the credit the month earns under the contract's tiers, capped, in the contract's form */
              credit: number;
              form: string;
              /** @description what is owed now (0 until a needed claim is accepted) */
              owed: number;
              claimNeeded: boolean;
              /** @description the end of the claim window, where the contract sets one and a credit is earned */
              deadline: string | null;
              claimId: string | null;
              rule: string;
              reason: string;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTokens: {
    parameters: {
      query?: {
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              /** @enum {string} */
              role: 'admin' | 'agent' | 'auditor' | 'customer';
              customerId: string | null;
              label: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              createdAt: string;
              expiresAt: string | null;
              revokedAt: string | null;
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  issueToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          role: 'admin' | 'agent' | 'auditor' | 'customer';
          customerId?: string;
          label: string;
          /**
           * Format: date-time
           * @description ISO-8601 instant after which the token is refused; none: never
           */
          expiresAt?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /tokens/{id} */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            role: 'admin' | 'agent' | 'auditor' | 'customer';
            customerId: string | null;
            label: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            expiresAt: string | null;
            revokedAt: string | null;
            /** @description shown once: the bearer token, sur_<id>_<secret> (only its SHA-256 is stored) */
            token: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            /** @enum {string} */
            role: 'admin' | 'agent' | 'auditor' | 'customer';
            customerId: string | null;
            label: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            expiresAt: string | null;
            revokedAt: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revokeToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  verifyAudit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            entries: number;
            /** @description how many of the chains hold entries */
            chains: number;
            /** @description signed checkpoints checked against the log (none without the audit key) */
            checkpoints: number;
            ok: boolean;
            /** @description the first entry that does not follow from the one before it in its chain, or what a checkpoint shows */
            broken?: {
              seq: number | null;
              chain: number | null;
              reason: string;
            };
            /** @description what this verification could not show (no checkpoints: the newest entries could be missing unseen) */
            caveat?: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAudit: {
    parameters: {
      query?: {
        /** @description only this entity, such as customer:acme or token:0123456789ab */
        entity?: string;
        /** @description only actions beginning with this, such as contact. or token.revoked */
        action?: string;
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              seq: number;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              at: string;
              actor: string;
              action: string;
              entity: string;
              /** @description what changed, as recorded */
              detail: unknown;
              /** @description the hash chain the entry extends (the log is several) */
              chain: number;
              hash: string;
              /** @description the hash of the previous entry in the same chain */
              prevHash: string;
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listWebhooks: {
    parameters: {
      query?: {
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              url: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              createdAt: string;
              /** @description null while deliveries are queued to it */
              disabledAt: string | null;
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  registerWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          url: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /webhooks/{id} */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            url: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            /** @description null while deliveries are queued to it */
            disabledAt: string | null;
            /** @description shown once: the secret that signs each delivery (whsec_...) */
            secret: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            url: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            /** @description null while deliveries are queued to it */
            disabledAt: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  disableWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query?: {
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              endpoint: string;
              event: string;
              /**
               * @description stopped: its endpoint was disabled first
               * @enum {string}
               */
              state: 'delivered' | 'failed' | 'pending' | 'stopped';
              attempts: {
                attempt: number;
                /**
                 * Format: date-time
                 * @description ISO-8601 instant, UTC, with milliseconds
                 */
                at: string;
                status: number | null;
                error: string | null;
                durationMs: number;
              }[];
              nextAttemptAt: string | null;
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listNoticeGroups: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              /** @description a group id: 'on-duty' is told of clock warnings and breaches; contracts name others (ceo) */
              id: string;
              members: {
                userId: string;
                name: string;
                email: string;
                /**
                 * Format: date-time
                 * @description ISO-8601 instant, UTC, with milliseconds
                 */
                addedAt: string;
                /** @description a disabled user is kept as a member but told nothing */
                disabled: boolean;
              }[];
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setNoticeGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        groupId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          userIds: string[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description a group id: 'on-duty' is told of clock warnings and breaches; contracts name others (ceo) */
            id: string;
            members: {
              userId: string;
              name: string;
              email: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              addedAt: string;
              /** @description a disabled user is kept as a member but told nothing */
              disabled: boolean;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listOutbox: {
    parameters: {
      query?: {
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
        recipient?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            emailConfigured: boolean;
            /** @description set when email is not configured: messages wait until it is */
            notice: string | null;
            counts: {
              waiting: number;
              accepted: number;
              refused: number;
            };
            items: {
              id: string;
              /** @description the Message-ID header: the same on every attempt */
              messageId: string;
              kind: string;
              recipient: string;
              subject: string;
              /**
               * @description refused: the mail server refused it for good (5xx)
               * @enum {string}
               */
              state: 'accepted' | 'waiting' | 'refused';
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              createdAt: string;
              /** @description when the accepted attempt began */
              sentAt: string | null;
              /** @description time of receipt: when the mail server accepted it (250) */
              acceptedAt: string | null;
              smtpResponse: string | null;
              nextAttemptAt: string | null;
              attempts: {
                attempt: number;
                /**
                 * Format: date-time
                 * @description when the attempt began
                 */
                at: string;
                /** @description when the mail server answered 250, if it did */
                acceptedAt: string | null;
                /** @description the mail server's reply */
                response: string | null;
                error: string | null;
                durationMs: number;
              }[];
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSetup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            needed: boolean;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createFirstAdmin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          password: string;
          name: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /session */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              id: string;
              email: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'agent' | 'auditor' | 'customer';
              /** @description the one customer a customer contact sees; null for staff */
              customerId: string | null;
            };
            /** @description send it as the X-CSRF-Token header with every write made with the session cookie */
            csrfToken: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            expiresAt: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              id: string;
              email: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'agent' | 'auditor' | 'customer';
              /** @description the one customer a customer contact sees; null for staff */
              customerId: string | null;
            };
            /** @description send it as the X-CSRF-Token header with every write made with the session cookie */
            csrfToken: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            expiresAt: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /session */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              id: string;
              email: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'agent' | 'auditor' | 'customer';
              /** @description the one customer a customer contact sees; null for staff */
              customerId: string | null;
            };
            /** @description send it as the X-CSRF-Token header with every write made with the session cookie */
            csrfToken: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            expiresAt: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  signInWithTicket: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          ticket: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /session */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              id: string;
              email: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'agent' | 'auditor' | 'customer';
              /** @description the one customer a customer contact sees; null for staff */
              customerId: string | null;
            };
            /** @description send it as the X-CSRF-Token header with every write made with the session cookie */
            csrfToken: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            expiresAt: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  acceptInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          name: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /session */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            user: {
              id: string;
              email: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'agent' | 'auditor' | 'customer';
              /** @description the one customer a customer contact sees; null for staff */
              customerId: string | null;
            };
            /** @description send it as the X-CSRF-Token header with every write made with the session cookie */
            csrfToken: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            expiresAt: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listInvitations: {
    parameters: {
      query?: {
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              email: string;
              /** @enum {string} */
              role: 'admin' | 'agent' | 'auditor' | 'customer';
              customerId: string | null;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              createdAt: string;
              createdBy: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              expiresAt: string;
              acceptedAt: string | null;
              revokedAt: string | null;
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          /** @enum {string} */
          role: 'admin' | 'agent' | 'auditor' | 'customer';
          customerId?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /invitations/{invitationId} */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            email: string;
            /** @enum {string} */
            role: 'admin' | 'agent' | 'auditor' | 'customer';
            customerId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            expiresAt: string;
            acceptedAt: string | null;
            revokedAt: string | null;
            /** @description shown once: the one-time link to hand to the invitee, /accept-invitation?token=…, relative to the server */
            acceptPath: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        invitationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            email: string;
            /** @enum {string} */
            role: 'admin' | 'agent' | 'auditor' | 'customer';
            customerId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            expiresAt: string;
            acceptedAt: string | null;
            revokedAt: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revokeInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        invitationId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description No Content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: {
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              email: string;
              name: string;
              /** @enum {string} */
              role: 'admin' | 'agent' | 'auditor' | 'customer';
              /** @description the one customer a customer contact sees; null for staff */
              customerId: string | null;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              createdAt: string;
              /** @description null while the user may sign in */
              disabledAt: string | null;
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** @enum {string} */
          role?: 'admin' | 'agent' | 'auditor' | 'customer';
          customerId?: string | null;
          disabled?: boolean;
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: 'admin' | 'agent' | 'auditor' | 'customer';
            /** @description the one customer a customer contact sees; null for staff */
            customerId: string | null;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            /** @description null while the user may sign in */
            disabledAt: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMonitors: {
    parameters: {
      query?: {
        serviceId?: string;
        componentId?: string;
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              serviceId: string;
              componentId: string | null;
              name: string;
              config:
                | {
                    /** @enum {string} */
                    type: 'http';
                    /** Format: uri */
                    url: string;
                    /**
                     * @default GET
                     * @enum {string}
                     */
                    method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
                    /** @default {} */
                    headers: {
                      [key: string]: string;
                    };
                    body?: string;
                    expectedStatus?: number[];
                    keyword?: string;
                    /** @default [] */
                    json: {
                      path: string;
                      equals: unknown;
                    }[];
                    maxLatencyMs?: number;
                    /** @default true */
                    followRedirects: boolean;
                    /** @default 5 */
                    maxRedirects: number;
                    /** @default 10000 */
                    timeoutMs: number;
                    /** @default false */
                    ignoreTlsErrors: boolean;
                    /** @default 14 */
                    certificateWarnDays: number;
                  }
                | {
                    /** @enum {string} */
                    type: 'tcp';
                    host: string;
                    port: number;
                    /** @default 10000 */
                    timeoutMs: number;
                  }
                | {
                    /** @enum {string} */
                    type: 'dns';
                    name: string;
                    /**
                     * @default A
                     * @enum {string}
                     */
                    recordType: 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT' | 'NS';
                    server?: string;
                    expected?: string;
                    /** @default 5000 */
                    timeoutMs: number;
                  }
                | {
                    /** @enum {string} */
                    type: 'heartbeat';
                    /** @default 60000 */
                    graceMs: number;
                  }
                | {
                    /** @enum {string} */
                    type: 'requests';
                    prometheus?: {
                      /** Format: uri */
                      url: string;
                      total: string;
                      failed: string;
                      /** @default 10000 */
                      timeoutMs: number;
                    };
                  };
              intervalSeconds: number;
              locations: string[];
              /**
               * @description what a failure confirmed by a second location (or a second check) opens
               * @enum {string}
               */
              incidents: 'off' | 'draft' | 'published';
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              createdAt: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              updatedAt: string;
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createMonitor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          id: string;
          serviceId: string;
          componentId?: string | null;
          name: string;
          config:
            | {
                /** @enum {string} */
                type: 'http';
                /** Format: uri */
                url: string;
                /**
                 * @default GET
                 * @enum {string}
                 */
                method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
                /** @default {} */
                headers?: {
                  [key: string]: string;
                };
                body?: string;
                expectedStatus?: number[];
                keyword?: string;
                /** @default [] */
                json?: {
                  path: string;
                  equals: unknown;
                }[];
                maxLatencyMs?: number;
                /** @default true */
                followRedirects?: boolean;
                /** @default 5 */
                maxRedirects?: number;
                /** @default 10000 */
                timeoutMs?: number;
                /** @default false */
                ignoreTlsErrors?: boolean;
                /** @default 14 */
                certificateWarnDays?: number;
              }
            | {
                /** @enum {string} */
                type: 'tcp';
                host: string;
                port: number;
                /** @default 10000 */
                timeoutMs?: number;
              }
            | {
                /** @enum {string} */
                type: 'dns';
                name: string;
                /**
                 * @default A
                 * @enum {string}
                 */
                recordType?: 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT' | 'NS';
                server?: string;
                expected?: string;
                /** @default 5000 */
                timeoutMs?: number;
              }
            | {
                /** @enum {string} */
                type: 'heartbeat';
                /** @default 60000 */
                graceMs?: number;
              }
            | {
                /** @enum {string} */
                type: 'requests';
                prometheus?: {
                  /** Format: uri */
                  url: string;
                  total: string;
                  failed: string;
                  /** @default 10000 */
                  timeoutMs?: number;
                };
              };
          /** @default 60 */
          intervalSeconds?: number;
          /** @description where it is measured from (default ['local']) */
          locations?: string[];
          /**
           * @description what a failure confirmed by a second location (or a second check) opens
           * @enum {string}
           */
          incidents?: 'off' | 'draft' | 'published';
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /monitors/{monitorId} */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            serviceId: string;
            componentId: string | null;
            name: string;
            config:
              | {
                  /** @enum {string} */
                  type: 'http';
                  /** Format: uri */
                  url: string;
                  /**
                   * @default GET
                   * @enum {string}
                   */
                  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
                  /** @default {} */
                  headers: {
                    [key: string]: string;
                  };
                  body?: string;
                  expectedStatus?: number[];
                  keyword?: string;
                  /** @default [] */
                  json: {
                    path: string;
                    equals: unknown;
                  }[];
                  maxLatencyMs?: number;
                  /** @default true */
                  followRedirects: boolean;
                  /** @default 5 */
                  maxRedirects: number;
                  /** @default 10000 */
                  timeoutMs: number;
                  /** @default false */
                  ignoreTlsErrors: boolean;
                  /** @default 14 */
                  certificateWarnDays: number;
                }
              | {
                  /** @enum {string} */
                  type: 'tcp';
                  host: string;
                  port: number;
                  /** @default 10000 */
                  timeoutMs: number;
                }
              | {
                  /** @enum {string} */
                  type: 'dns';
                  name: string;
                  /**
                   * @default A
                   * @enum {string}
                   */
                  recordType: 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT' | 'NS';
                  server?: string;
                  expected?: string;
                  /** @default 5000 */
                  timeoutMs: number;
                }
              | {
                  /** @enum {string} */
                  type: 'heartbeat';
                  /** @default 60000 */
                  graceMs: number;
                }
              | {
                  /** @enum {string} */
                  type: 'requests';
                  prometheus?: {
                    /** Format: uri */
                    url: string;
                    total: string;
                    failed: string;
                    /** @default 10000 */
                    timeoutMs: number;
                  };
                };
            intervalSeconds: number;
            locations: string[];
            /**
             * @description what a failure confirmed by a second location (or a second check) opens
             * @enum {string}
             */
            incidents: 'off' | 'draft' | 'published';
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            updatedAt: string;
            /** @description shown once: the token heartbeat and request-count pushes present (null for other checks) */
            pushToken: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMonitor: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        monitorId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            serviceId: string;
            componentId: string | null;
            name: string;
            config:
              | {
                  /** @enum {string} */
                  type: 'http';
                  /** Format: uri */
                  url: string;
                  /**
                   * @default GET
                   * @enum {string}
                   */
                  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
                  /** @default {} */
                  headers: {
                    [key: string]: string;
                  };
                  body?: string;
                  expectedStatus?: number[];
                  keyword?: string;
                  /** @default [] */
                  json: {
                    path: string;
                    equals: unknown;
                  }[];
                  maxLatencyMs?: number;
                  /** @default true */
                  followRedirects: boolean;
                  /** @default 5 */
                  maxRedirects: number;
                  /** @default 10000 */
                  timeoutMs: number;
                  /** @default false */
                  ignoreTlsErrors: boolean;
                  /** @default 14 */
                  certificateWarnDays: number;
                }
              | {
                  /** @enum {string} */
                  type: 'tcp';
                  host: string;
                  port: number;
                  /** @default 10000 */
                  timeoutMs: number;
                }
              | {
                  /** @enum {string} */
                  type: 'dns';
                  name: string;
                  /**
                   * @default A
                   * @enum {string}
                   */
                  recordType: 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT' | 'NS';
                  server?: string;
                  expected?: string;
                  /** @default 5000 */
                  timeoutMs: number;
                }
              | {
                  /** @enum {string} */
                  type: 'heartbeat';
                  /** @default 60000 */
                  graceMs: number;
                }
              | {
                  /** @enum {string} */
                  type: 'requests';
                  prometheus?: {
                    /** Format: uri */
                    url: string;
                    total: string;
                    failed: string;
                    /** @default 10000 */
                    timeoutMs: number;
                  };
                };
            intervalSeconds: number;
            locations: string[];
            /**
             * @description what a failure confirmed by a second location (or a second check) opens
             * @enum {string}
             */
            incidents: 'off' | 'draft' | 'published';
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            updatedAt: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteMonitor: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        monitorId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateMonitor: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        monitorId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          serviceId?: string;
          componentId?: string | null;
          name?: string;
          config?:
            | {
                /** @enum {string} */
                type: 'http';
                /** Format: uri */
                url: string;
                /**
                 * @default GET
                 * @enum {string}
                 */
                method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
                /** @default {} */
                headers?: {
                  [key: string]: string;
                };
                body?: string;
                expectedStatus?: number[];
                keyword?: string;
                /** @default [] */
                json?: {
                  path: string;
                  equals: unknown;
                }[];
                maxLatencyMs?: number;
                /** @default true */
                followRedirects?: boolean;
                /** @default 5 */
                maxRedirects?: number;
                /** @default 10000 */
                timeoutMs?: number;
                /** @default false */
                ignoreTlsErrors?: boolean;
                /** @default 14 */
                certificateWarnDays?: number;
              }
            | {
                /** @enum {string} */
                type: 'tcp';
                host: string;
                port: number;
                /** @default 10000 */
                timeoutMs?: number;
              }
            | {
                /** @enum {string} */
                type: 'dns';
                name: string;
                /**
                 * @default A
                 * @enum {string}
                 */
                recordType?: 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT' | 'NS';
                server?: string;
                expected?: string;
                /** @default 5000 */
                timeoutMs?: number;
              }
            | {
                /** @enum {string} */
                type: 'heartbeat';
                /** @default 60000 */
                graceMs?: number;
              }
            | {
                /** @enum {string} */
                type: 'requests';
                prometheus?: {
                  /** Format: uri */
                  url: string;
                  total: string;
                  failed: string;
                  /** @default 10000 */
                  timeoutMs?: number;
                };
              };
          /** @default 60 */
          intervalSeconds?: number;
          /** @description where it is measured from (default ['local']) */
          locations?: string[];
          /**
           * @description what a failure confirmed by a second location (or a second check) opens
           * @enum {string}
           */
          incidents?: 'off' | 'draft' | 'published';
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            serviceId: string;
            componentId: string | null;
            name: string;
            config:
              | {
                  /** @enum {string} */
                  type: 'http';
                  /** Format: uri */
                  url: string;
                  /**
                   * @default GET
                   * @enum {string}
                   */
                  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
                  /** @default {} */
                  headers: {
                    [key: string]: string;
                  };
                  body?: string;
                  expectedStatus?: number[];
                  keyword?: string;
                  /** @default [] */
                  json: {
                    path: string;
                    equals: unknown;
                  }[];
                  maxLatencyMs?: number;
                  /** @default true */
                  followRedirects: boolean;
                  /** @default 5 */
                  maxRedirects: number;
                  /** @default 10000 */
                  timeoutMs: number;
                  /** @default false */
                  ignoreTlsErrors: boolean;
                  /** @default 14 */
                  certificateWarnDays: number;
                }
              | {
                  /** @enum {string} */
                  type: 'tcp';
                  host: string;
                  port: number;
                  /** @default 10000 */
                  timeoutMs: number;
                }
              | {
                  /** @enum {string} */
                  type: 'dns';
                  name: string;
                  /**
                   * @default A
                   * @enum {string}
                   */
                  recordType: 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT' | 'NS';
                  server?: string;
                  expected?: string;
                  /** @default 5000 */
                  timeoutMs: number;
                }
              | {
                  /** @enum {string} */
                  type: 'heartbeat';
                  /** @default 60000 */
                  graceMs: number;
                }
              | {
                  /** @enum {string} */
                  type: 'requests';
                  prometheus?: {
                    /** Format: uri */
                    url: string;
                    total: string;
                    failed: string;
                    /** @default 10000 */
                    timeoutMs: number;
                  };
                };
            intervalSeconds: number;
            locations: string[];
            /**
             * @description what a failure confirmed by a second location (or a second check) opens
             * @enum {string}
             */
            incidents: 'off' | 'draft' | 'published';
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            updatedAt: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMonitorStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        monitorId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            monitorId: string;
            /** @enum {string} */
            state: 'up' | 'down' | 'degraded' | 'no_data';
            failing: number;
            reporting: number;
            since: string | null;
            locations: {
              location: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              at: string;
              ok: boolean;
              latencyMs: number;
              error: string | null;
              warning: string | null;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMonitorDays: {
    parameters: {
      query?: {
        days?: number;
      };
      header?: never;
      path: {
        monitorId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              day: string;
              uptime: number | null;
              impactMs: number;
              noDataMs: number;
              checks: number;
              failed: number;
              meanLatencyMs: number | null;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMonitorAlerts: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        monitorId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              monitorId: string;
              /**
               * Format: date-time
               * @description when its locations began failing
               */
              startedAt: string;
              /**
               * Format: date-time
               * @description when a second location (or check) confirmed it
               */
              confirmedAt: string;
              /** @description when every reporting location passed again; null while failing */
              resolvedAt: string | null;
              /** @enum {string} */
              mode: 'draft' | 'published';
              /** @description the status incident it opened; null for a draft */
              incidentId: string | null;
              failing: number;
              reporting: number;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  publishMonitorAlert: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        monitorId: string;
        alertId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            monitorId: string;
            /**
             * Format: date-time
             * @description when its locations began failing
             */
            startedAt: string;
            /**
             * Format: date-time
             * @description when a second location (or check) confirmed it
             */
            confirmedAt: string;
            /** @description when every reporting location passed again; null while failing */
            resolvedAt: string | null;
            /** @enum {string} */
            mode: 'draft' | 'published';
            /** @description the status incident it opened; null for a draft */
            incidentId: string | null;
            failing: number;
            reporting: number;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postHeartbeat: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        monitorId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            monitorId: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            at: string;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postRequestCounts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        monitorId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          counts: {
            /** Format: date-time */
            start: string;
            /** Format: date-time */
            end: string;
            total: number;
            failed: number;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            accepted: number;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getProbeAssignments: {
    parameters: {
      query: {
        member: string;
        /** @description the revision of the checks the probe holds: while unchanged, the answer leaves them out */
        revision?: number;
      };
      header?: never;
      path: {
        location: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description the revision of the checks (raised by every write to a monitor) */
            revision: number;
            /** @description absent: unchanged since the revision given */
            assignments?: {
              monitorId: string;
              key: number;
              intervalMs: number;
              config:
                | {
                    /** @enum {string} */
                    type: 'http';
                    /** Format: uri */
                    url: string;
                    /**
                     * @default GET
                     * @enum {string}
                     */
                    method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
                    /** @default {} */
                    headers: {
                      [key: string]: string;
                    };
                    body?: string;
                    expectedStatus?: number[];
                    keyword?: string;
                    /** @default [] */
                    json: {
                      path: string;
                      equals: unknown;
                    }[];
                    maxLatencyMs?: number;
                    /** @default true */
                    followRedirects: boolean;
                    /** @default 5 */
                    maxRedirects: number;
                    /** @default 10000 */
                    timeoutMs: number;
                    /** @default false */
                    ignoreTlsErrors: boolean;
                    /** @default 14 */
                    certificateWarnDays: number;
                  }
                | {
                    /** @enum {string} */
                    type: 'tcp';
                    host: string;
                    port: number;
                    /** @default 10000 */
                    timeoutMs: number;
                  }
                | {
                    /** @enum {string} */
                    type: 'dns';
                    name: string;
                    /**
                     * @default A
                     * @enum {string}
                     */
                    recordType: 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT' | 'NS';
                    server?: string;
                    expected?: string;
                    /** @default 5000 */
                    timeoutMs: number;
                  }
                | {
                    /** @enum {string} */
                    type: 'heartbeat';
                    /** @default 60000 */
                    graceMs: number;
                  }
                | {
                    /** @enum {string} */
                    type: 'requests';
                    prometheus?: {
                      /** Format: uri */
                      url: string;
                      total: string;
                      failed: string;
                      /** @default 10000 */
                      timeoutMs: number;
                    };
                  };
            }[];
            members: string[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  postProbeSamples: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        location: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          samples: {
            monitorId: string;
            /**
             * Format: date-time
             * @description the slot the check was scheduled for
             */
            t: string;
            ok: boolean;
            latencyMs: number;
            error?: string;
            warning?: string;
          }[];
          counts?: {
            /** Format: date-time */
            start: string;
            /** Format: date-time */
            end: string;
            total: number;
            failed: number;
            monitorId: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            accepted: number;
            ignored: number;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAvailabilitySource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
        contractId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            customerId: string;
            contractId: string;
            /**
             * @description incidents: declared incidents only; monitors: what Surety measured; both: their union
             * @enum {string}
             */
            rules: 'incidents' | 'monitors' | 'both';
            components: {
              serviceId: string;
              /**
               * @description null: every monitor of the service
               * @default null
               */
              componentId: string | null;
            }[];
            updatedAt: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setAvailabilitySource: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        customerId: string;
        contractId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description incidents: declared incidents only; monitors: what Surety measured; both: their union
           * @enum {string}
           */
          rules: 'incidents' | 'monitors' | 'both';
          /** @default [] */
          components?: {
            serviceId: string;
            /**
             * @description null: every monitor of the service
             * @default null
             */
            componentId?: string | null;
          }[];
        };
      };
    };
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            customerId: string;
            contractId: string;
            /**
             * @description incidents: declared incidents only; monitors: what Surety measured; both: their union
             * @enum {string}
             */
            rules: 'incidents' | 'monitors' | 'both';
            components: {
              serviceId: string;
              /**
               * @description null: every monitor of the service
               * @default null
               */
              componentId: string | null;
            }[];
            updatedAt: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  streamTicketChanges: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description text/event-stream of `ticket` events */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': string;
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listIncidents: {
    parameters: {
      query?: {
        /** @description only open, or only resolved */
        open?: 'true' | 'false';
        /** @description those with an impact on this service */
        serviceId?: string;
        /** @description those with an impact on this component */
        componentId?: string;
        /** @description ISO-8601 instant, inclusive */
        from?: string;
        /** @description ISO-8601 instant, exclusive */
        to?: string;
        /** @description a UTC month, YYYY-MM (instead of from/to) */
        period?: string;
        /** @description opaque: the previous page's `next` */
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              id: string;
              title: string;
              /** @enum {string} */
              kind: 'incident' | 'unplanned_maintenance';
              /** @enum {string} */
              status: 'investigating' | 'identified' | 'monitoring' | 'resolved';
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              openedAt: string;
              resolvedAt: string | null;
              /** @description unplanned maintenance still going on: when it is expected to end (its latest update says) */
              expectedEnd: string | null;
              updates: {
                /** @description the update within its incident: its sequence number, in decimal (1 for the opening) */
                id: string;
                /** @description its place in the incident: 1, 2, … */
                seq: number;
                /**
                 * Format: date-time
                 * @description ISO-8601 instant, UTC, with milliseconds
                 */
                at: string;
                /** @enum {string} */
                status: 'investigating' | 'identified' | 'monitoring' | 'resolved';
                text: string;
                /** @description fraction of users impaired from this update on (0–1) */
                fraction: number;
                components: {
                  serviceId: string;
                  /** @description null: every component of the service */
                  componentId: string | null;
                }[];
                /** @description unplanned maintenance: when it is expected to end, as stated by this update or carried from before */
                expectedEnd: string | null;
              }[];
            }[];
            next: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  openIncident: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          title: string;
          /**
           * @default incident
           * @enum {string}
           */
          kind?: 'incident' | 'unplanned_maintenance';
          /**
           * Format: date-time
           * @description when it began (default now); staff may state an earlier time, which the audit log shows
           */
          start?: string;
          /**
           * Format: date-time
           * @description when it ended, for an incident already over: recorded resolved then, its impact start to end
           */
          end?: string;
          /**
           * @description default investigating; an incident recorded with an end is resolved
           * @enum {string}
           */
          status?: 'investigating' | 'identified' | 'monitoring' | 'resolved';
          text: string;
          /** @description fraction of users impaired from now on (0–1) */
          fraction: number;
          /** @description the components affected from now on; none: the provider's whole offering */
          components: {
            serviceId: string;
            /** @description null: every component of the service */
            componentId: string | null;
          }[];
          /**
           * Format: date-time
           * @description unplanned maintenance: when it is expected to end (required on opening one; an update without it keeps the last)
           */
          expectedEnd?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /incidents/{incidentId} */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            title: string;
            /** @enum {string} */
            kind: 'incident' | 'unplanned_maintenance';
            /** @enum {string} */
            status: 'investigating' | 'identified' | 'monitoring' | 'resolved';
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            openedAt: string;
            resolvedAt: string | null;
            /** @description unplanned maintenance still going on: when it is expected to end (its latest update says) */
            expectedEnd: string | null;
            updates: {
              /** @description the update within its incident: its sequence number, in decimal (1 for the opening) */
              id: string;
              /** @description its place in the incident: 1, 2, … */
              seq: number;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              at: string;
              /** @enum {string} */
              status: 'investigating' | 'identified' | 'monitoring' | 'resolved';
              text: string;
              /** @description fraction of users impaired from this update on (0–1) */
              fraction: number;
              components: {
                serviceId: string;
                /** @description null: every component of the service */
                componentId: string | null;
              }[];
              /** @description unplanned maintenance: when it is expected to end, as stated by this update or carried from before */
              expectedEnd: string | null;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateIncident: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          status: 'investigating' | 'identified' | 'monitoring' | 'resolved';
          text: string;
          /** @description fraction of users impaired from now on (0–1) */
          fraction: number;
          /** @description the components affected from now on; none: the provider's whole offering */
          components: {
            serviceId: string;
            /** @description null: every component of the service */
            componentId: string | null;
          }[];
          /**
           * Format: date-time
           * @description unplanned maintenance: when it is expected to end (required on opening one; an update without it keeps the last)
           */
          expectedEnd?: string;
        };
      };
    };
    responses: {
      /** @description Default Response */
      201: {
        headers: {
          /** @description where the created resource is read: GET /incidents/{incidentId} */
          location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            title: string;
            /** @enum {string} */
            kind: 'incident' | 'unplanned_maintenance';
            /** @enum {string} */
            status: 'investigating' | 'identified' | 'monitoring' | 'resolved';
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            openedAt: string;
            resolvedAt: string | null;
            /** @description unplanned maintenance still going on: when it is expected to end (its latest update says) */
            expectedEnd: string | null;
            updates: {
              /** @description the update within its incident: its sequence number, in decimal (1 for the opening) */
              id: string;
              /** @description its place in the incident: 1, 2, … */
              seq: number;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              at: string;
              /** @enum {string} */
              status: 'investigating' | 'identified' | 'monitoring' | 'resolved';
              text: string;
              /** @description fraction of users impaired from this update on (0–1) */
              fraction: number;
              components: {
                serviceId: string;
                /** @description null: every component of the service */
                componentId: string | null;
              }[];
              /** @description unplanned maintenance: when it is expected to end, as stated by this update or carried from before */
              expectedEnd: string | null;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getIncident: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        incidentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            title: string;
            /** @enum {string} */
            kind: 'incident' | 'unplanned_maintenance';
            /** @enum {string} */
            status: 'investigating' | 'identified' | 'monitoring' | 'resolved';
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            openedAt: string;
            resolvedAt: string | null;
            /** @description unplanned maintenance still going on: when it is expected to end (its latest update says) */
            expectedEnd: string | null;
            updates: {
              /** @description the update within its incident: its sequence number, in decimal (1 for the opening) */
              id: string;
              /** @description its place in the incident: 1, 2, … */
              seq: number;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              at: string;
              /** @enum {string} */
              status: 'investigating' | 'identified' | 'monitoring' | 'resolved';
              text: string;
              /** @description fraction of users impaired from this update on (0–1) */
              fraction: number;
              components: {
                serviceId: string;
                /** @description null: every component of the service */
                componentId: string | null;
              }[];
              /** @description unplanned maintenance: when it is expected to end, as stated by this update or carried from before */
              expectedEnd: string | null;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getIncidentUpdate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        incidentId: string;
        updateId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description the update within its incident: its sequence number, in decimal (1 for the opening) */
            id: string;
            /** @description its place in the incident: 1, 2, … */
            seq: number;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            at: string;
            /** @enum {string} */
            status: 'investigating' | 'identified' | 'monitoring' | 'resolved';
            text: string;
            /** @description fraction of users impaired from this update on (0–1) */
            fraction: number;
            components: {
              serviceId: string;
              /** @description null: every component of the service */
              componentId: string | null;
            }[];
            /** @description unplanned maintenance: when it is expected to end, as stated by this update or carried from before */
            expectedEnd: string | null;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMonthlyStatement: {
    parameters: {
      query?: {
        format?: 'json' | 'html' | 'pdf' | 'csv';
        /** @description an earlier revision (default: the latest) */
        revision?: number;
      };
      header?: never;
      path: {
        customerId: string;
        contractId: string;
        /** @description a month, YYYY-MM, in the contract zone */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /**
             * @description issued: the month closed and this revision is stored for good
             * @enum {string}
             */
            status: 'issued' | 'draft';
            revision: number | null;
            issuedAt: string | null;
            /** @description SHA-256 of the content as stored */
            hash: string;
            /** @description why this revision differs from the one before */
            reasons: string[];
            changes: {
              path: string;
              was: unknown;
              now: unknown;
            }[];
            /** @description the figures: support, breaches with their why, availability, credit, clocks */
            content: unknown;
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPerformanceDocument: {
    parameters: {
      query?: {
        format?: 'json' | 'html' | 'pdf';
      };
      header?: never;
      path: {
        customerId: string;
        contractId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            customerId: string;
            contractId: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            requestedAt: string;
            range: {
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              from: string;
              /**
               * Format: date-time
               * @description ISO-8601 instant, UTC, with milliseconds
               */
              to: string;
            };
            clause: string;
            availability:
              | {
                  met: boolean;
                  /** @description false: the contract states a target, not a guarantee */
                  guarantee: boolean;
                  time: {
                    period: {
                      label: string;
                      /**
                       * Format: date-time
                       * @description ISO-8601 instant, UTC, with milliseconds
                       */
                      start: string;
                      /**
                       * Format: date-time
                       * @description exclusive
                       */
                      end: string;
                      /** @description the contract zone that names the period */
                      zone: string;
                    };
                    target: {
                      text: string;
                      scaled: number;
                      scale: number;
                    };
                    /**
                     * @description scheduled: the period less excluded time
                     * @enum {string}
                     */
                    denominator: 'period' | 'scheduled';
                    periodMs: number;
                    excludedMs: number;
                    outageMs: number;
                    /** @description the counted downtime itself: outages less exclusions, within the period */
                    counted: {
                      /**
                       * Format: date-time
                       * @description ISO-8601 instant, UTC, with milliseconds
                       */
                      start: string;
                      /**
                       * Format: date-time
                       * @description ISO-8601 instant, UTC, with milliseconds
                       */
                      end: string;
                    }[];
                    /** @description numerator of the uptime fraction, ms */
                    good: number;
                    /** @description denominator of the uptime fraction, ms */
                    total: number;
                    /** @description never rounded up across the target */
                    uptime: string;
                    met: boolean;
                    outages: {
                      /**
                       * Format: date-time
                       * @description ISO-8601 instant, UTC, with milliseconds
                       */
                      start: string;
                      /**
                       * Format: date-time
                       * @description ISO-8601 instant, UTC, with milliseconds
                       */
                      end: string;
                      durationMs: number;
                      countedMs: number;
                      excludedMs: number;
                      /** @enum {string} */
                      classification: 'counted' | 'excluded' | 'partly_excluded';
                      coveredBy: {
                        exclusion: string;
                        /** @enum {string} */
                        category:
                          | 'scheduled_maintenance'
                          | 'recurring_maintenance'
                          | 'scheduled_upgrade'
                          | 'unplanned_maintenance'
                          | 'emergency_maintenance'
                          | 'customer_caused'
                          | 'dependency_failure'
                          | 'force_majeure';
                        ms: number;
                      }[];
                    }[];
                    /** @description every millisecond of the period is in exactly one of these */
                    classes: {
                      available: number;
                      outage: number;
                      excluded: {
                        [key: string]: number;
                      };
                    };
                    decisions: {
                      exclusion: {
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant, UTC, with milliseconds
                         */
                        start: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 instant, UTC, with milliseconds
                         */
                        end: string;
                        id: string;
                        /** @enum {string} */
                        category:
                          | 'scheduled_maintenance'
                          | 'recurring_maintenance'
                          | 'scheduled_upgrade'
                          | 'unplanned_maintenance'
                          | 'emergency_maintenance'
                          | 'customer_caused'
                          | 'dependency_failure'
                          | 'force_majeure';
                        reason: string;
                        noticeAt: string | null;
                        communicatedAt: string | null;
                      };
                      excluded: boolean;
                      rule: string;
                      /** @description for a refusal or a flag: what fell short */
                      note: string | null;
                      flagged: boolean;
                    }[];
                    budget: {
                      allowedMs: number;
                      usedMs: number;
                      remainingMs: number;
                    };
                  } | null;
                  requests: {
                    period: {
                      label: string;
                      /**
                       * Format: date-time
                       * @description ISO-8601 instant, UTC, with milliseconds
                       */
                      start: string;
                      /**
                       * Format: date-time
                       * @description exclusive
                       */
                      end: string;
                      /** @description the contract zone that names the period */
                      zone: string;
                    };
                    target: {
                      text: string;
                      scaled: number;
                      scale: number;
                    };
                    total: number;
                    failed: number;
                    /** @description in excluded intervals, or failures in excluded categories */
                    excludedRequests: number;
                    good: number;
                    uptime: string;
                    met: boolean;
                    budget: {
                      allowedFailures: number;
                      usedFailures: number;
                      remainingFailures: number;
                    };
                  } | null;
                  /** @description months only */
                  credit: {
                    credit: number;
                    /** @enum {string} */
                    form: 'licence_days' | 'fee_percent' | 'none';
                    tier: {
                      /** @description uptime strictly below this */
                      below: {
                        text: string;
                        scaled: number;
                        scale: number;
                      } | null;
                      /** @description uptime at or below this */
                      atMost: {
                        text: string;
                        scaled: number;
                        scale: number;
                      } | null;
                      /** @description uptime at or above this */
                      atLeast: {
                        text: string;
                        scaled: number;
                        scale: number;
                      } | null;
                      /** @description uptime strictly above this */
                      above: {
                        text: string;
                        scaled: number;
                        scale: number;
                      } | null;
                      credit: number;
                      rule: string;
                    } | null;
                    capped: boolean;
                    rule: string;
                  } | null;
                  /** @description maintenance downtime per week against the contract aim, where it states one (never a breach) */
                  maintenanceAim: {
                    aimMs: number;
                    weeks: {
                      /**
                       * Format: date-time
                       * @description ISO-8601 instant, UTC, with milliseconds
                       */
                      start: string;
                      /**
                       * Format: date-time
                       * @description ISO-8601 instant, UTC, with milliseconds
                       */
                      end: string;
                      downtimeMs: number;
                      met: boolean;
                    }[];
                  } | null;
                  /** @description where the contract's own table of allowable downtime states a figure for this kind of period */
                  stated: {
                    /** @enum {string} */
                    kind: 'day' | 'week' | 'month' | 'quarter' | 'year';
                    statedMs: number;
                    formulaMs: number;
                    /** @enum {string} */
                    rules: 'formula';
                  } | null;
                  /** @description which source rules the report (null: files, from the CLI) */
                  source: {
                    customerId: string;
                    contractId: string;
                    /**
                     * @description incidents: declared incidents only; monitors: what Surety measured; both: their union
                     * @enum {string}
                     */
                    rules: 'incidents' | 'monitors' | 'both';
                    components: {
                      serviceId: string;
                      /**
                       * @description null: every monitor of the service
                       * @default null
                       */
                      componentId: string | null;
                    }[];
                    updatedAt: string | null;
                  } | null;
                }
              | {
                  /** @description why the contract gives no availability figure for the range */
                  unavailable: string;
                };
            /** @description requests opened in the range */
            tickets: number;
            clocks: {
              clock: string;
              severity: string;
              met: number;
              breached: number;
              running: number;
              /** @description paused or cancelled */
              other: number;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getComplianceOverview: {
    parameters: {
      query?: {
        /** @description a month, YYYY-MM (default: this month, UTC) */
        period?: string;
        /** @description months in the trend */
        months?: number;
        customerId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Default Response */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description the month shown, YYYY-MM (UTC, by when each request was received) */
            period: string;
            /** @description the months of the trend, oldest first */
            months: string[];
            /**
             * Format: date-time
             * @description ISO-8601 instant, UTC, with milliseconds
             */
            asOf: string;
            atRiskWithinMs: number;
            rows: {
              contractId: string;
              severity: string;
              metric: string;
              clocks: number;
              met: number;
              breached: number;
              /** @description still measured: running or paused */
              running: number;
              /** @description running, with its first warning passed or its deadline within atRiskWithinMs */
              atRisk: number;
              /** @description met among the clocks decided (met or breached); null when none is */
              metPercent: number | null;
            }[];
            trend: {
              month: string;
              contractId: string;
              clocks: number;
              met: number;
              breached: number;
              /** @description still measured: running or paused */
              running: number;
              /** @description running, with its first warning passed or its deadline within atRiskWithinMs */
              atRisk: number;
              /** @description met among the clocks decided (met or breached); null when none is */
              metPercent: number | null;
            }[];
          };
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '4XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A problem document (RFC 9457); its code is one of docs/errors.md */
      '5XX': {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
