import { Auction, Bid } from './auction.entity';
import { Issuance } from './issuance.entity';
import { MonitoringReport } from './monitoring-report.entity';
import { Project } from './project.entity';
import { Buyer, FxRate, Retirement, Sale } from './sale.entity';

export const PROJECTS_ENTITIES = [Project, MonitoringReport, Issuance, Buyer, Sale, Retirement, FxRate, Auction, Bid];
